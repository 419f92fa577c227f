import { describe, expect, it } from "vitest";
import { decodeWindows1252, windows1252Byte } from "./windows-1252.ts";

describe("decodeWindows1252", () => {
  it("reads 0x80–0x9F as Windows-1252 does, not as Latin-1's controls", () => {
    const bytes = Uint8Array.from([0x80, 0x82, 0x85, 0x8a, 0x8c, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]);
    expect(decodeWindows1252(bytes)).toBe("€‚…ŠŒ‘’“”–—™Ÿ");
  });

  it("keeps the five undefined bytes as the C1 characters the WHATWG decoder gives", () => {
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe("\u0081\u008d\u008f\u0090\u009d");
  });

  it("reads ASCII and 0xA0–0xFF as Latin-1", () => {
    expect(decodeWindows1252(Uint8Array.from([0x4c, 0x27, 0xe9, 0x74, 0xe9, 0xa0, 0xbb, 0xff]))).toBe("L'été\u00a0»ÿ");
  });
});

describe("windows1252Byte", () => {
  it("gives back every byte's character as that byte", () => {
    for (let byte = 0; byte < 256; byte++) {
      const code = decodeWindows1252(Uint8Array.of(byte)).charCodeAt(0);
      expect(windows1252Byte(code)).toBe(byte);
    }
  });

  it("takes U+0080–U+009F as their own bytes (Latin-1 readings) and refuses other characters", () => {
    expect(windows1252Byte(0x92)).toBe(0x92);
    expect(windows1252Byte(0x2019)).toBe(0x92);
    expect(windows1252Byte(0x0100)).toBe(-1);
    expect(windows1252Byte(0x4e2d)).toBe(-1);
  });
});
