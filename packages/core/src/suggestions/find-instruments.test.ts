import { describe, expect, it } from "vitest";
import { instrumentMatcher } from "./find-instruments.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

const match = instrumentMatcher(TEST_INSTRUMENTS);
const found = (text: string) =>
  match(text).map((f) => ({ words: text.slice(f.start, f.end), target: f.kind === "cross-reference" ? f.attributes.target : "" }));

describe("instrumentMatcher", () => {
  it.each([
    ["ratify the Palermo Convention now", "Palermo Convention", "UNTOC"],
    ["implement UNTOC fully", "UNTOC", "UNTOC"],
    [
      "the United Nations Convention against Transnational Organized Crime.",
      "United Nations Convention against Transnational Organized Crime",
      "UNTOC",
    ],
    ["the UN Convention Against Transnational Organised Crime", "UN Convention Against Transnational Organised Crime", "UNTOC"],
    ["the Convention against Corruption", "Convention against Corruption", "UNCAC"],
    ["the convention against corruption", "convention against corruption", "UNCAC"],
    ["the Mérida Convention", "Mérida Convention", "UNCAC"],
    [
      "the Protocol against Smuggling of Migrants by Land, Sea and Air",
      "Protocol against Smuggling of Migrants by Land, Sea and Air",
      "UNTOC-SOM",
    ],
    ["the Smuggling-of-Migrants Protocol", "Smuggling-of-Migrants Protocol", "UNTOC-SOM"],
    ["the 2030 Agenda", "2030 Agenda", "AGENDA-2030"],
    ["Agenda 2030", "Agenda 2030", "AGENDA-2030"],
    ["the SDGs and each SDG", "SDGs", "AGENDA-2030"],
    ["the 1961 Single Convention", "1961 Single Convention", "SINGLE-CONVENTION-1961"],
    ["the Single Convention on Narcotic Drugs of 1961", "Single Convention on Narcotic Drugs", "SINGLE-CONVENTION-1961"],
    ["violation of the Charter that binds us", "the Charter", "UN-CHARTER"],
    ["the UN Charter", "UN Charter", "UN-CHARTER"],
    ["the Charter of the United Nations", "Charter of the United Nations", "UN-CHARTER"],
  ])("finds %j", (text, words, target) => {
    expect(found(text)[0]).toEqual({ words, target });
  });

  it("prefers the longest name and reads every one in order", () => {
    expect(found("UNCAC and the Palermo Protocol, then UNTOC")).toEqual([
      { words: "UNCAC", target: "UNCAC" },
      { words: "Palermo Protocol", target: "UNTOC-TIP" },
      { words: "UNTOC", target: "UNTOC" },
    ]);
  });

  it.each([
    "the African Charter on Human Rights",
    "a convention on the law of the sea",
    "the Convention",
    "agenda items",
    "Corruption is criminal",
  ])("finds nothing in %j", (text) => {
    expect(found(text)).toEqual([]);
  });
});
