import { describe, expect, it } from "vitest";
import { moreText } from "./block-preview.tsx";

describe("moreText", () => {
  it("counts what the preview leaves out", () => {
    expect(moreText(1, 0)).toBe("1 more paragraph");
    expect(moreText(12, 0)).toBe("12 more paragraphs");
    expect(moreText(0, 2)).toBe("2 more headings");
    expect(moreText(12, 1)).toBe("13 more (12 paragraphs, 1 heading)");
  });
});
