import { describe, expect, it } from "vitest";
import { MAX_MARKED_RANGES, markSegments } from "./mark-matches.ts";

const shown = (text: string, matches: { start: number; end: number }[]) =>
  markSegments(text, matches)
    .map((s) => (s.marked ? `[${s.text}]` : s.text))
    .join("");

describe("markSegments", () => {
  it("marks each match and keeps the rest as text", () => {
    expect(shown("We condemn cybercrime in all its forms", [{ start: 11, end: 21 }])).toBe("We condemn [cybercrime] in all its forms");
    expect(markSegments("abc", [{ start: 0, end: 3 }])).toEqual([{ text: "abc", marked: true }]);
  });

  it("shows text with no match, and empty text, as one plain segment", () => {
    expect(markSegments("plain", [])).toEqual([{ text: "plain", marked: false }]);
    expect(markSegments("", [{ start: 0, end: 4 }])).toEqual([{ text: "", marked: false }]);
  });

  it("sorts ranges and merges overlapping and touching ones", () => {
    expect(
      shown("organised crime at sea", [
        { start: 10, end: 15 },
        { start: 0, end: 9 },
        { start: 3, end: 6 },
        { start: 15, end: 18 },
      ]),
    ).toBe("[organised] [crime at] sea");
  });

  it("clamps offsets outside the text and drops empty or reversed ranges", () => {
    expect(shown("A/RES/74/247", [{ start: -4, end: 5 }])).toBe("[A/RES]/74/247");
    expect(shown("short", [{ start: 3, end: 99 }])).toBe("sho[rt]");
    expect(
      shown("short", [
        { start: 40, end: 99 },
        { start: 4, end: 2 },
        { start: 1, end: 1 },
      ]),
    ).toBe("short");
    expect(shown("short", [{ start: Number.NaN, end: 2 }])).toBe("[sh]ort");
  });

  it("cuts at UTF-16 offsets, as the API counts them", () => {
    const text = "🇺🇳 said: crime";
    const start = text.indexOf("crime");
    expect(shown(text, [{ start, end: start + 5 }])).toBe("🇺🇳 said: [crime]");
  });

  it("keeps every character once on hostile input: many overlapping ranges", () => {
    const text = "x".repeat(5_000);
    const matches = Array.from({ length: 50_000 }, (_, i) => ({ start: i % 4_000, end: (i % 4_000) + 7 }));
    const segments = markSegments(text, matches);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.marked)).toHaveLength(1);
    expect(segments[0]).toEqual({ text: "x".repeat(Math.min(MAX_MARKED_RANGES, 4_000) + 6), marked: true });
  });
});
