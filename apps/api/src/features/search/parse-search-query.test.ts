import { describe, expect, it } from "vitest";
import { containsPattern, MAX_SYMBOL_TERMS, parseSearchQuery } from "./parse-search-query.ts";

describe("parseSearchQuery", () => {
  it("takes terms with a digit, / or . out of the words, with the punctuation around them", () => {
    expect(parseSearchQuery("resolution (74/247), S/PV.9500 -A/78/1")).toEqual({
      text: "resolution",
      symbols: [
        { term: "74/247", negated: false },
        { term: "s/pv.9500", negated: false },
        { term: "a/78/1", negated: true },
      ],
    });
  });

  it("keeps phrases whole, closes an unclosed quote, and drops an or beside a symbol term", () => {
    expect(parseSearchQuery('"urge ratification" or -"bad faith" -x')).toEqual({
      text: '"urge ratification" or -"bad faith" -x',
      symbols: [],
    });
    expect(parseSearchQuery('"unclosed phrase')).toEqual({ text: '"unclosed phrase"', symbols: [] });
    expect(parseSearchQuery("cybercrime or 74/247 OR crime")).toEqual({
      text: "cybercrime crime",
      symbols: [{ term: "74/247", negated: false }],
    });
  });

  it("is bounded on hostile input", () => {
    const many = Array.from({ length: 1000 }, (_, n) => `${n}/1`).join(" ");
    expect(parseSearchQuery(many).symbols).toHaveLength(MAX_SYMBOL_TERMS);
    expect(parseSearchQuery('"'.repeat(10_000)).text).toBe(Array(5000).fill('""').join(" "));
    expect(parseSearchQuery("- - -- ...")).toEqual({ text: "- - -- ...", symbols: [] });
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
