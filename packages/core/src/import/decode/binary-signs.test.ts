import { describe, expect, it } from "vitest";
import { hasBinaryMagic, looksBinary } from "./binary-signs.ts";

describe("hasBinaryMagic", () => {
  it("knows PDF, zip, PNG, GIF, JPEG and old Office files", () => {
    for (const start of [
      [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31],
      [0x50, 0x4b, 0x03, 0x04, 0x14],
      [0x89, 0x50, 0x4e, 0x47, 0x0d],
      [0x47, 0x49, 0x46, 0x38, 0x39],
      [0xff, 0xd8, 0xff, 0xe0],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1],
    ]) {
      expect(hasBinaryMagic(Uint8Array.from(start))).toBe(true);
    }
  });

  it("does not take text that starts with the same letters", () => {
    expect(hasBinaryMagic(new TextEncoder().encode("%PDF files are refused"))).toBe(false);
    expect(hasBinaryMagic(new TextEncoder().encode("PK is a party"))).toBe(false);
  });
});

describe("looksBinary", () => {
  it("takes any NUL, or more than a tenth of control characters, as binary", () => {
    expect(looksBinary("text\u0000more")).toBe(true);
    expect(looksBinary("ab\u0001\u0002cdefgh\u0003")).toBe(true);
  });

  it("lets tabs, line breaks, page breaks and an odd stray control through", () => {
    expect(looksBinary("a\tb\r\nc\fd\n")).toBe(false);
    expect(looksBinary(`${"A statement. ".repeat(10)}\u001a`)).toBe(false);
    expect(looksBinary("")).toBe(false);
  });
});
