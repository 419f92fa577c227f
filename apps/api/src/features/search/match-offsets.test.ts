import { describe, expect, it } from "vitest";
import { headlineMatches, mergeSpans, START_MARK as S, STOP_MARK as E, symbolMatches } from "./match-offsets.ts";

const words = (text: string, spans: { start: number; end: number }[]) => spans.map((m) => text.slice(m.start, m.end));

describe("headlineMatches", () => {
  it("maps marked words of the folded text back to the words as written, whatever the fold did to their length", () => {
    const original = "Our labour, the centre and the programmes were organised.";
    const headline = `Our ${S}labor${E}, the ${S}center${E} and the ${S}programs${E} were ${S}organized${E}.`;
    expect(words(original, headlineMatches(original, headline))).toEqual(["labour", "centre", "programmes", "organised"]);
  });

  it("counts UTF-16 units, so marks after an emoji or accents land on the word", () => {
    const original = "Firearms \u{1F52B} and sécurité collective.";
    const headline = `Firearms \u{1F52B} and ${S}sécurité${E} collective.`;
    expect(words(original, headlineMatches(original, headline))).toEqual(["sécurité"]);
  });

  it("gives nothing rather than wrong offsets when the texts do not share their words", () => {
    expect(headlineMatches("one two three", `${S}one${E} two`)).toEqual([]);
    expect(headlineMatches("plain", "plain")).toEqual([]);
  });
});

describe("symbolMatches and mergeSpans", () => {
  it("finds every case-insensitive occurrence, never a negated term, and merges overlaps in text order", () => {
    const text = "S/PV.9500 then s/pv.9500 and 74/247.";
    const spans = symbolMatches(text, [
      { term: "s/pv.9500", negated: false },
      { term: "74/247", negated: true },
    ]);
    expect(words(text, spans)).toEqual(["S/PV.9500", "s/pv.9500"]);
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 2, end: 6 },
      ]),
    ).toEqual([{ start: 0, end: 9 }]);
  });

  it("is bounded on hostile input", () => {
    const text = "a".repeat(100_000);
    expect(symbolMatches(text, [{ term: "a", negated: false }])).toHaveLength(500);
    expect(symbolMatches("(.*)+$", [{ term: "(.*)+$", negated: false }])).toEqual([{ start: 0, end: 6 }]);
  });
});
