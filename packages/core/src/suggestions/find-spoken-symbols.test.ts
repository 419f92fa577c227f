import { describe, expect, it } from "vitest";
import { findSpokenSymbols } from "./find-spoken-symbols.ts";
import { symbolTargets } from "./symbol-targets.ts";
import { TEST_INSTRUMENTS } from "./test-instruments.ts";

const targetFor = symbolTargets(TEST_INSTRUMENTS);
const found = (text: string) =>
  findSpokenSymbols(text, targetFor).map((f) => ({
    words: text.slice(f.start, f.end),
    target: f.kind === "cross-reference" ? f.attributes.target : "",
  }));

describe("findSpokenSymbols", () => {
  it.each([
    ["in seventy-four slash two forty-seven, the Assembly", "seventy-four slash two forty-seven", "A/RES/74/247"],
    ["resolution 74, slash 247, which", "74, slash 247", "A/RES/74/247"],
    ["resolution 75 slash 282", "75 slash 282", "A/RES/75/282"],
    ["Seventy slash one", "Seventy slash one", "AGENDA-2030"],
    ["seventy-four forward slash two hundred and forty-seven", "seventy-four forward slash two hundred and forty-seven", "A/RES/74/247"],
  ])("finds %j", (text, words, target) => {
    expect(found(text)).toEqual([{ words, target }]);
  });

  it("is surer after the word resolution", () => {
    const [named] = findSpokenSymbols("resolution seventy slash one", targetFor);
    const [bare] = findSpokenSymbols("seventy slash one", targetFor);
    expect(named!.confidence).toBeGreaterThan(bare!.confidence);
  });

  it.each(["and/or", "seventy-four and two forty-seven", "a slash through the text", "12/05/2023", "1234 slash 5"])(
    "finds nothing in %j",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
