import { describe, expect, it } from "vitest";
import { classifyCrossReferenceTarget } from "./classify-cross-reference-target.ts";

const keys = new Set(["UNTOC", "UNCAC", "KYOTO-DECLARATION", "A/RES/74/247", "S/RES/1373 (2001)"]);

describe("classifyCrossReferenceTarget", () => {
  it("names registry keys as instruments, even keys that are UN symbols", () => {
    expect(classifyCrossReferenceTarget("UNTOC", keys)).toEqual({ type: "instrument" });
    expect(classifyCrossReferenceTarget("KYOTO-DECLARATION", keys)).toEqual({ type: "instrument" });
    expect(classifyCrossReferenceTarget("A/RES/74/247", keys)).toEqual({ type: "instrument" });
    expect(classifyCrossReferenceTarget("S/RES/1373 (2001)", keys)).toEqual({ type: "instrument" });
  });

  it("recognises UN symbols, paragraph references and URLs", () => {
    expect(classifyCrossReferenceTarget("A/RES/75/282", keys)).toEqual({ type: "un-symbol" });
    expect(classifyCrossReferenceTarget("S/PRST/2023/6", keys)).toEqual({ type: "un-symbol" });
    expect(classifyCrossReferenceTarget("2023-12-07-unsc-china#p7", keys)).toEqual({ type: "paragraph" });
    expect(classifyCrossReferenceTarget("https://www.unodc.org/", keys)).toEqual({ type: "url" });
  });

  it("returns null for anything else", () => {
    expect(classifyCrossReferenceTarget("UNKNOWN-TREATY", keys)).toBeNull();
    expect(classifyCrossReferenceTarget("untoc", keys)).toBeNull();
    expect(classifyCrossReferenceTarget("", keys)).toBeNull();
    expect(classifyCrossReferenceTarget("A/RES/", keys)).toBeNull();
  });
});
