import { describe, expect, it } from "vitest";
import { codePointLength, fromCodePointOffset, splitsSurrogatePair, toCodePointOffset } from "./code-points.ts";

const text = "a😀b🇺🇳c"; // 😀 is one astral code point (2 units); 🇺🇳 is two (4 units)

describe("code point offsets", () => {
  it("counts astral characters as one code point each", () => {
    expect(text.length).toBe(9);
    expect(codePointLength(text)).toBe(6);
    expect(toCodePointOffset(text, 0)).toBe(0);
    expect(toCodePointOffset(text, 3)).toBe(2); // after 😀
    expect(toCodePointOffset(text, 4)).toBe(3); // after b
    expect(toCodePointOffset(text, 9)).toBe(6);
  });

  it("round-trips every boundary", () => {
    for (let i = 0; i <= text.length; i++) {
      const cp = toCodePointOffset(text, i);
      if (cp === null) continue;
      expect(fromCodePointOffset(text, cp)).toBe(i);
    }
  });

  it("refuses indices inside a surrogate pair or outside the text", () => {
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    expect(splitsSurrogatePair(text, 3)).toBe(false);
    expect(toCodePointOffset(text, 2)).toBeNull();
    expect(toCodePointOffset(text, 10)).toBeNull();
    expect(toCodePointOffset(text, -1)).toBeNull();
    expect(toCodePointOffset(text, 1.5)).toBeNull();
    expect(fromCodePointOffset(text, 7)).toBeNull();
    expect(fromCodePointOffset(text, -1)).toBeNull();
  });

  it("treats plain BMP text as one unit per code point", () => {
    expect(toCodePointOffset("héllo", 3)).toBe(3);
    expect(fromCodePointOffset("héllo", 5)).toBe(5);
  });
});
