import { describe, expect, it } from "vitest";
import { paragraphLabel, paragraphNumbers } from "./paragraph-label.ts";

const numbers = paragraphNumbers([
  { id: "h1", number: null },
  { id: "p1", number: 1 },
  { id: "p9", number: 2 },
  { id: "p2", number: 3 },
]);

describe("paragraphLabel", () => {
  it("gives the display number and the canonical ID", () => {
    expect(paragraphLabel({ paragraphId: "p9", start: 0, end: 1 }, numbers)).toBe("¶2 · p9");
  });

  it("gives a range across paragraphs", () => {
    expect(paragraphLabel({ paragraphId: "p9", start: 0, end: 1, endParagraphId: "p2" }, numbers)).toBe("¶2–3 · p9–p2");
    expect(paragraphLabel({ paragraphId: "p9", start: 0, end: 1, endParagraphId: "p9" }, numbers)).toBe("¶2 · p9");
  });

  it("says when the paragraph is not in the current text", () => {
    expect(paragraphLabel({ paragraphId: "p40", start: 0, end: 1 }, numbers)).toBe("p40 (not in the current text)");
  });
});
