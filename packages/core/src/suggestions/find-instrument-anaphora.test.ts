import { describe, expect, it } from "vitest";
import { findInstrumentAnaphora, instrumentHeads, type NamedInstrument } from "./find-instrument-anaphora.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

const untoc: NamedInstrument = { key: "UNTOC", head: "convention", paragraph: 0, end: 30 };
const tip: NamedInstrument = { key: "UNTOC-TIP", head: "protocol", paragraph: 1, end: 20 };

describe("findInstrumentAnaphora", () => {
  it("knows each instrument's head noun", () => {
    const heads = instrumentHeads(TEST_INSTRUMENTS);
    expect(heads.get("UNTOC")).toBe("convention");
    expect(heads.get("UNTOC-TIP")).toBe("protocol");
    expect(heads.get("UN-CHARTER")).toBe("charter");
    expect(heads.get("A/RES/74/247")).toBeUndefined();
  });

  it("ties 'the Convention' and 'the Protocol' to the last one named nearby, below 0.5 confidence", () => {
    const found = findInstrumentAnaphora("We implement the Convention and the Protocol.", 2, [untoc, tip]);
    expect(found.map((f) => (f.kind === "cross-reference" ? f.attributes.target : ""))).toEqual(["UNTOC", "UNTOC-TIP"]);
    expect(found.every((f) => f.confidence < 0.5 && f.rule === "instrument-anaphora")).toBe(true);
  });

  it("reaches back only a few paragraphs, and not forward within a paragraph", () => {
    expect(findInstrumentAnaphora("the Convention", 9, [untoc])).toEqual([]);
    expect(findInstrumentAnaphora("the Convention, the Palermo Convention", 0, [{ ...untoc, end: 38 }])).toEqual([]);
  });

  it("leaves other conventions and plurals alone", () => {
    for (const text of ["the Convention on the Rights of the Child", "the Conventions", "the convention", "the Convention's parties"]) {
      expect(findInstrumentAnaphora(text, 1, [untoc])).toEqual([]);
    }
  });
});
