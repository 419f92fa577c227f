import { describe, expect, it } from "vitest";
import { findDocumentSymbol, forumOfSymbol, isRecordSymbol } from "./document-symbol.ts";

describe("findDocumentSymbol", () => {
  it.each([
    ["S/PV.9500", "S/PV.9500"],
    ["General Assembly A/78/PV.5 Official Records", "A/78/PV.5"],
    ["draft resolution E/CN.15/2023/L.5.", "E/CN.15/2023/L.5"],
    ["resolution A/RES/74/247 on cybercrime", "A/RES/74/247"],
    ["(S/2023/123)", "S/2023/123"],
    ["A/C.3/78/SR.12", "A/C.3/78/SR.12"],
    ["A/ES-10/PV.41", "A/ES-10/PV.41"],
    ["A/HRC/55/L.1", "A/HRC/55/L.1"],
  ])("finds the symbol in %s", (text, symbol) => {
    expect(findDocumentSymbol(text)).toBe(symbol);
  });

  it.each(["A/B testing", "s/he said", "USA/2023", "see 23-38765 (E)", "Visa/Mastercard"])("finds none in %s", (text) => {
    expect(findDocumentSymbol(text)).toBeNull();
  });

  it("reads 200,000 slashes without a symbol in linear time", () => {
    expect(findDocumentSymbol("S/".repeat(200_000))).toBeNull();
    expect(findDocumentSymbol(`S${"/a".repeat(200_000)}`)).toBeNull();
  });
});

describe("the record a symbol names", () => {
  it("tells a meeting record's symbol", () => {
    expect(["S/PV.9500", "A/78/PV.5", "E/2023/SR.5", "S/2023/123", "A/RES/74/247"].map(isRecordSymbol)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("names its forum", () => {
    expect(["S/PV.9500", "A/78/PV.5", "A/C.3/78/SR.12", "E/2023/SR.5", "A/HRC/55/L.1", "ST/SGB/2019/8"].map(forumOfSymbol)).toEqual([
      "Security Council",
      "General Assembly",
      "Third Committee",
      "Economic and Social Council",
      "Human Rights Council",
      undefined,
    ]);
  });
});
