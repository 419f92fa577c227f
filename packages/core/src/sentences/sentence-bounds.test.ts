import { describe, expect, it } from "vitest";
import { sentenceBounds, sentenceRanges } from "./sentence-bounds.ts";

const sentences = (text: string) => sentenceRanges(text).map((r) => text.slice(r.start, r.end));

describe("sentenceRanges", () => {
  it("splits at . ! ? and …, leaving out the white space between", () => {
    expect(sentences("  We agree. Do they? Yes!  We wait\u2026 Then go. ")).toEqual([
      "We agree.",
      "Do they?",
      "Yes!",
      "We wait\u2026",
      "Then go.",
    ]);
  });

  it("keeps closing quotes and brackets with their sentence", () => {
    expect(sentences("He said \u201cwe agree.\u201d Then he left. (It was late.) Next.")).toEqual([
      "He said \u201cwe agree.\u201d",
      "Then he left.",
      "(It was late.)",
      "Next.",
    ]);
  });

  it("runs on after titles, initialisms and Latin abbreviations", () => {
    expect(sentences("Mr. President, Mrs. Ortiz and Dr. Li agree. The U.N. Security Council met.")).toEqual([
      "Mr. President, Mrs. Ortiz and Dr. Li agree.",
      "The U.N. Security Council met.",
    ]);
    expect(sentences("Some states, e.g. France, and others, i.e. Chile, agreed. J. Smith did not.")).toEqual([
      "Some states, e.g. France, and others, i.e. Chile, agreed.",
      "J. Smith did not.",
    ]);
  });

  it("runs on after No. and para. only before a number", () => {
    expect(sentences("See resolution No. 5 and para. 3 of it. No. We disagree.")).toEqual([
      "See resolution No. 5 and para. 3 of it.",
      "No.",
      "We disagree.",
    ]);
  });

  it("runs on before a word in lower case, and ends at etc. before a capital", () => {
    expect(sentences("Arms, drugs etc. and people. Arms, drugs etc. The rest later.")).toEqual([
      "Arms, drugs etc. and people.",
      "Arms, drugs etc.",
      "The rest later.",
    ]);
  });

  it("does not make a sentence of a paragraph's number, nor split decimals", () => {
    expect(sentences("1. We welcome 3.5 per cent. 2. We urge.")).toEqual(["1. We welcome 3.5 per cent.", "2. We urge."]);
  });

  it("ends the last sentence at the text's end, with or without a stop", () => {
    expect(sentences("Thank you, Mr. President")).toEqual(["Thank you, Mr. President"]);
    expect(sentences("")).toEqual([]);
    expect(sentences(" \n ")).toEqual([]);
  });
});

describe("sentenceBounds", () => {
  const text = "We agree.  They do not. ";

  it("is the sentence the offset is in", () => {
    expect(sentenceBounds(text, 3)).toEqual({ start: 0, end: 9 });
    expect(sentenceBounds(text, 11)).toEqual({ start: 11, end: 23 });
    expect(sentenceBounds(text, 22)).toEqual({ start: 11, end: 23 });
  });

  it("gives the white space after a sentence to it, and the text's ends to the first and last", () => {
    expect(sentenceBounds(text, 9)).toEqual({ start: 0, end: 9 });
    expect(sentenceBounds(text, 10)).toEqual({ start: 0, end: 9 });
    expect(sentenceBounds(text, text.length)).toEqual({ start: 11, end: 23 });
    expect(sentenceBounds("  Hello.", 0)).toEqual({ start: 2, end: 8 });
    expect(sentenceBounds(text, 99)).toEqual({ start: 11, end: 23 });
  });

  it("is an empty range in a blank text", () => {
    expect(sentenceBounds("   ", 2)).toEqual({ start: 2, end: 2 });
  });
});
