import { describe, expect, it } from "vitest";
import { findExplicitSymbols } from "./find-explicit-symbols.ts";
import { symbolTargets } from "./symbol-targets.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

const targetFor = symbolTargets(TEST_INSTRUMENTS);
const found = (text: string) =>
  findExplicitSymbols(text, targetFor).map((f) => ({
    words: text.slice(f.start, f.end),
    target: f.kind === "cross-reference" ? f.attributes.target : "",
  }));

describe("findExplicitSymbols", () => {
  it.each([
    ["adopted as A/RES/74/247 in 2019", "A/RES/74/247", "A/RES/74/247"],
    ["see S/PRST/2023/6.", "S/PRST/2023/6", "S/PRST/2023/6"],
    ["draft E/CN.15/2023/L.5 on the Congress", "E/CN.15/2023/L.5", "E/CN.15/2023/L.5"],
    ["the record (A/78/PV.5) shows", "A/78/PV.5", "A/78/PV.5"],
    ["the meeting S/PV.9500 heard", "S/PV.9500", "S/PV.9500"],
    ["renewed by S/RES/2709 (2023) in", "S/RES/2709 (2023)", "S/RES/2709 (2023)"],
    ["the report A/78/185 (2023) says", "A/78/185", "A/78/185"],
    ["the declaration A/RES/S-32/1 on corruption", "A/RES/S-32/1", "A/RES/S-32/1"],
  ])("finds %j", (text, words, target) => {
    expect(found(text)).toEqual([{ words, target }]);
  });

  it("finds a symbol split over a line break, as import folds it", () => {
    expect(found("the report (A/78/ 185) on trafficking")).toEqual([{ words: "A/78/ 185", target: "A/78/185" }]);
    expect(found("resolution A/RES/\n74/247 of 2019")).toEqual([{ words: "A/RES/\n74/247", target: "A/RES/74/247" }]);
  });

  it("finds a symbol behind a footnote's number at the start of a paragraph", () => {
    expect(found("2A/78/177.")).toEqual([{ words: "A/78/177", target: "A/78/177" }]);
    expect(found("1S/2023/442, paras. 3-9.")).toEqual([{ words: "S/2023/442", target: "S/2023/442" }]);
    expect(found("page 2A/78/177")).toEqual([]);
  });

  it("names the registry instrument a symbol belongs to, when only one has it", () => {
    expect(found("Agenda (A/RES/70/1)")).toEqual([{ words: "A/RES/70/1", target: "AGENDA-2030" }]);
    expect(found("S/RES/1373 (2001)")).toEqual([{ words: "S/RES/1373 (2001)", target: "S/RES/1373 (2001)" }]);
    expect(found("S/RES/1373")).toEqual([{ words: "S/RES/1373", target: "S/RES/1373 (2001)" }]);
    expect(found("A/RES/55/25 adopted four instruments")).toEqual([{ words: "A/RES/55/25", target: "A/RES/55/25" }]);
  });

  it.each([
    "On 12/05/2023 the Assembly met",
    "call +1 212 963 1234",
    "see p. 74/247 of the report",
    "pages 12/13",
    "paragraph 74/2 of the report",
    "a 2/3 majority",
    "Q&A/78 session",
    "the A/78 series",
    "S/he said",
    "BA/RES/74/247",
  ])("finds nothing in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
