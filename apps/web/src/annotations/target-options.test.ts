import { describe, expect, it } from "vitest";
import { describeTarget, matchInstruments, targetOptions, typedOption } from "./target-options.ts";
import type { Instrument, ParagraphHit } from "./use-vocabulary.ts";

const instrument = (key: string, name: string, shortNames: string[] = [], symbol: string | null = null): Instrument => ({
  key,
  name,
  shortNames,
  symbol,
  adoptedBy: null,
  inForce: null,
});
const registry = [
  instrument("UN-CHARTER", "Charter of the United Nations", ["UN Charter"]),
  instrument("UNTOC", "United Nations Convention against Transnational Organized Crime", ["Palermo Convention"], "A/RES/55/25"),
  instrument("UNCAC", "United Nations Convention against Corruption", ["Mérida Convention"]),
  instrument("A/RES/74/247", "Countering the use of ICT for criminal purposes", ["cybercrime resolution"]),
];
const hit: ParagraphHit = {
  ref: "apg-ccpcj32#p4",
  slug: "apg-ccpcj32",
  paragraphId: "p4",
  number: 4,
  statementTitle: "Statement of the Asia-Pacific Group",
  delegation: "Thailand",
  date: "2023-05-22",
  text: "The Group welcomes the progress on the convention.",
};

describe("matchInstruments", () => {
  it("finds instruments by key, short name, name or symbol, best match first", () => {
    expect(matchInstruments(registry, "palermo").map((i) => i.key)).toEqual(["UNTOC"]);
    expect(matchInstruments(registry, "merida").map((i) => i.key)).toEqual(["UNCAC"]);
    expect(matchInstruments(registry, "unca").map((i) => i.key)).toEqual(["UNCAC"]);
    expect(matchInstruments(registry, "convention").map((i) => i.key)).toEqual(["UNTOC", "UNCAC"]);
    expect(matchInstruments(registry, "A/RES/55").map((i) => i.key)).toEqual(["UNTOC"]);
    expect(matchInstruments(registry, "").length).toBe(4);
  });
});

describe("typedOption", () => {
  const keys = new Set(registry.map((i) => i.key));
  it("offers a typed UN symbol, URL or paragraph ref as it is", () => {
    expect(typedOption("S/PRST/2023/6", keys)).toMatchObject({ value: "S/PRST/2023/6", detail: "UN document symbol" });
    expect(typedOption(" https://undocs.org/x ", keys)).toMatchObject({ value: "https://undocs.org/x", detail: "Web address" });
    expect(typedOption("a-b#p3", keys)).toMatchObject({ detail: "Paragraph of a statement" });
  });
  it("offers nothing for registry keys (listed as instruments) or other text", () => {
    expect(typedOption("A/RES/74/247", keys)).toBeNull();
    expect(typedOption("Palermo", keys)).toBeNull();
  });
});

describe("targetOptions", () => {
  it("lists the typed value, then instruments, then paragraphs", () => {
    const options = targetOptions("convention", registry, [hit]);
    expect(options.map((o) => [o.group, o.value])).toEqual([
      ["Instruments", "UNTOC"],
      ["Instruments", "UNCAC"],
      ["Paragraphs", "apg-ccpcj32#p4"],
    ]);
    expect(options[2]?.label).toBe("Statement of the Asia-Pacific Group ¶4 · p4");
  });
  it("does not offer a paragraph twice", () => {
    expect(targetOptions("apg-ccpcj32#p4", registry, [hit]).map((o) => o.group)).toEqual(["Typed"]);
  });
});

describe("describeTarget", () => {
  it("names what the target is", () => {
    expect(describeTarget("UNTOC", registry)).toBe("United Nations Convention against Transnational Organized Crime");
    expect(describeTarget("a-b#p3", registry)).toBe("Paragraph p3 of a-b");
    expect(describeTarget("S/RES/1373 (2001)", registry)).toBe("UN document symbol");
    expect(describeTarget("nothing", registry)).toBe("");
  });
});
