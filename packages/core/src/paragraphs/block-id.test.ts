import { describe, expect, it } from "vitest";
import { isBlockId, isHeadingId, isParagraphId } from "./block-id.ts";

describe("block IDs", () => {
  it("accepts p and h followed by a number from 1", () => {
    expect(isParagraphId("p1")).toBe(true);
    expect(isParagraphId("p120")).toBe(true);
    expect(isHeadingId("h3")).toBe(true);
    expect(isBlockId("h3")).toBe(true);
    expect(isBlockId("p7")).toBe(true);
  });

  it.each(["p0", "p01", "P1", "p", "h1a", " p1", "q1", "7"])("rejects %s", (id) => expect(isBlockId(id)).toBe(false));

  it("tells paragraphs from headings", () => {
    expect(isParagraphId("h1")).toBe(false);
    expect(isHeadingId("p1")).toBe(false);
  });
});
