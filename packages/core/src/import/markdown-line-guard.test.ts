import { describe, expect, it } from "vitest";
import { MAX_MARKDOWN_CONTAINED_LINES } from "./import-limits.ts";
import { guardMarkdownLines } from "./markdown-line-guard.ts";

describe("guardMarkdownLines", () => {
  it("leaves ordinary Markdown as it is", () => {
    const lines = ["# Title", "", "> Quoted", "lazy line", "", "- item", "  continued", "", "Text."];
    expect(guardMarkdownLines(lines)).toEqual(lines);
  });

  it("puts a blank line in a quoted paragraph after MAX_MARKDOWN_CONTAINED_LINES lines, before a lazy one", () => {
    // After it the lines are a paragraph outside the quote, which needs no more.
    const lines = ["> Quoted", ...Array.from({ length: 600 }, () => "lazy")];
    const guarded = guardMarkdownLines(lines);
    expect(guarded.filter((line) => line === "")).toHaveLength(1);
    expect(guarded[MAX_MARKDOWN_CONTAINED_LINES]).toBe("");
    expect(guarded.filter((line) => line !== "")).toEqual(lines);
  });

  it("never breaks a paragraph outside quotes and lists, nor before a quoted line", () => {
    const plain = Array.from({ length: 600 }, () => "text");
    expect(guardMarkdownLines(plain)).toEqual(plain);
    const quoted = Array.from({ length: 600 }, () => "> quoted");
    expect(guardMarkdownLines(quoted)).toEqual(quoted);
  });

  it("ends a paragraph of thousands of lines at a sentence end", () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 10 === 9 ? "It ends." : "And it goes on"));
    const guarded = guardMarkdownLines(lines);
    const breaks = guarded.flatMap((line, i) => (line === "" ? [i] : []));
    expect(breaks.length).toBeGreaterThan(0);
    expect(breaks.every((at) => guarded[at - 1] === "It ends.")).toBe(true);
  });

  it("caps each line's container prefix", () => {
    expect(guardMarkdownLines([`${">".repeat(1_000)} x`])[0]).toBe(`${">".repeat(32)}x`);
  });
});
