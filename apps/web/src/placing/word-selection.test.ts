import { describe, expect, it } from "vitest";
import { extendWord, moveWord, trimSpan, wordsOf } from "./word-selection.ts";

const TEXT = "2. We call on all States, today.";
const word = (w: string) => ({ start: TEXT.indexOf(w), end: TEXT.indexOf(w) + w.length });
const slice = (s: { start: number; end: number } | null) => (s ? TEXT.slice(s.start, s.end) : null);

describe("word selection", () => {
  it("finds words without the punctuation next to them", () => {
    expect(wordsOf(TEXT).map((w) => TEXT.slice(w.start, w.end))).toEqual(["2", "We", "call", "on", "all", "States", "today"]);
    expect(wordsOf("cyber-crime isn’t U.N.").map((w) => w.end - w.start)).toEqual([11, 5, 3]);
  });

  it("moves a one-word selection, starting at either end", () => {
    expect(slice(moveWord(TEXT, null, 1))).toBe("2");
    expect(slice(moveWord(TEXT, null, -1))).toBe("today");
    expect(slice(moveWord(TEXT, word("call"), 1))).toBe("on");
    expect(slice(moveWord(TEXT, word("call on all"), -1))).toBe("We");
    expect(slice(moveWord(TEXT, word("today"), 1))).toBe("today");
  });

  it("extends by a word and gives one back, keeping the first", () => {
    expect(slice(extendWord(TEXT, word("call"), 1))).toBe("call on");
    expect(slice(extendWord(TEXT, word("call on all"), -1))).toBe("call on");
    expect(slice(extendWord(TEXT, word("call"), -1))).toBe("call");
    expect(slice(extendWord(TEXT, word("States"), 1))).toBe("States, today");
  });

  it("trims blanks off a mouse selection", () => {
    expect(slice(trimSpan(TEXT, { start: TEXT.indexOf(" call"), end: TEXT.indexOf(" on") + 1 }))).toBe("call");
    expect(trimSpan(TEXT, { start: 2, end: 3 })).toBeNull();
  });
});
