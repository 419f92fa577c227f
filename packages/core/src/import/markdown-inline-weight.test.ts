import { describe, expect, it } from "vitest";
import { MAX_INLINE_MARKS } from "./import-limits.ts";
import { inlineHeavyLines } from "./markdown-inline-weight.ts";

const link = "[the report](https://example.org)";

describe("inlineHeavyLines", () => {
  it("finds nothing heavy in ordinary text", () => {
    expect(inlineHeavyLines(["We **strongly** support *the* report.", "", `See ${link}.`])).toEqual([false, false, false]);
  });

  it("marks every line of a paragraph with more than MAX_INLINE_MARKS marks", () => {
    const heavy = "*a* ".repeat(MAX_INLINE_MARKS / 4 + 1);
    expect(inlineHeavyLines(["Intro.", "", heavy, heavy, "", "After."])).toEqual([false, false, true, true, false, false]);
  });

  it("counts a tight list item by item, so a long list of links stays light", () => {
    const list = Array.from({ length: 1_000 }, () => `- ${link}`);
    expect(inlineHeavyLines(list).some(Boolean)).toBe(false);
  });

  it("counts lines that may continue a paragraph lazily with it", () => {
    // "2)" cannot interrupt a paragraph of a bullet list, so these lines all continue it.
    const lazy = ["- a", ...Array.from({ length: 600 }, () => `2) ${link}`)];
    expect(inlineHeavyLines(lazy).every(Boolean)).toBe(true);
  });

  it("counts fenced code like text, since where it runs could be faked", () => {
    const code = ["```", ...Array.from({ length: 2_000 }, () => "x[i] = y[i];"), "```"];
    expect(inlineHeavyLines(code).slice(1, -1).every(Boolean)).toBe(true);
  });
});
