import { describe, expect, it } from "vitest";
import { MARKDOWN_PART_WORK } from "./import-limits.ts";
import { cutMarkdown } from "./markdown-cut.ts";
import { unclosedLeafAtEnd } from "./markdown-leaf.ts";
import { parseMarkdownParts } from "./markdown-parts.ts";

const light = (lines: readonly string[]): boolean[] => lines.map(() => false);

describe("cutMarkdown", () => {
  it("keeps a text with few quotes and lists in one part", () => {
    const lines = ["Intro.", "", "> Quoted.", "", "- item", "", "After."];
    expect(cutMarkdown(lines, light(lines), 0, null).end).toBe(lines.length);
  });

  it("cuts once its work reaches MARKDOWN_PART_WORK, before a line in column 0 after a blank line", () => {
    const lines = Array.from({ length: 1_000 }, () => ["> Quoted.", ""]).flat();
    const cut = cutMarkdown(lines, light(lines), 0, null);
    // n quotes in 2n lines: 2n² reaches the work at n = 181.
    expect(cut.end).toBe(2 * Math.ceil(Math.sqrt(MARKDOWN_PART_WORK / 2)));
    expect(lines[cut.end]).toBe("> Quoted.");
  });

  it("cuts a long tight list before an item in column 0, but never before a rule or a nested item", () => {
    const lines = Array.from({ length: 1_000 }, (_, i) => (i % 3 === 0 ? "- Item." : i % 3 === 1 ? "  - Nested." : "* * *"));
    const cut = cutMarkdown(lines, light(lines), 0, null);
    expect(cut.end).toBeLessThan(lines.length);
    expect(lines[cut.end]).toBe("- Item.");
  });

  it("cuts where lines turn heavy with markup, and where they turn light again", () => {
    const lines = ["Light.", "", "Heavy.", "", "Light."];
    const heavy = [false, false, true, false, false];
    expect(cutMarkdown(lines, heavy, 0, null)).toEqual({ end: 2, work: 0, heavy: false });
    expect(cutMarkdown(lines, heavy, 2, null)).toEqual({ end: 4, work: 0, heavy: true });
  });
});

describe("parseMarkdownParts", () => {
  const quotes = Array.from({ length: 400 }, () => ["> Quoted.", ""]).flat();
  const codeOf = (lines: string[]): string[] =>
    parseMarkdownParts(lines, light(lines), false)
      .flatMap((part) => part.nodes ?? [])
      .flatMap((node) => (node.type === "code" ? [node.value] : []));

  it("mends a part cut inside fenced code, so the code stays whole", () => {
    const code = ["# not a heading", "", "> not a quote", "", "still code"];
    expect(codeOf([...quotes.slice(0, -1), "```", ...code, "```", "", "After."])).toEqual([code.join("\n")]);
    expect(codeOf([...quotes, "  ```", ...code, "  ```", "", "After."])).toEqual([code.join("\n")]);
  });

  it("keeps an HTML block whole that a cut between list items would have split", () => {
    const lines = [...Array.from({ length: 300 }, () => "- Item."), "<div>", "- x", "- y", "</div>", "", "After."];
    const html = parseMarkdownParts(lines, light(lines), false)
      .flatMap((part) => part.nodes ?? [])
      .flatMap((node) => (node.type === "html" ? [node.value] : []));
    expect(html).toEqual(["<div>\n- x\n- y\n</div>"]);
  });

  it("finds a part that ends inside fenced code or an HTML comment", () => {
    const [part] = parseMarkdownParts(["Text.", "", "  ```", "code", ""], light(["", "", "", "", ""]), false);
    expect(unclosedLeafAtEnd(part?.nodes ?? [], part?.source ?? "")?.line).toBe(2);
    const [html] = parseMarkdownParts(["<!-- a", "", "b"], light(["", "", ""]), false);
    expect(unclosedLeafAtEnd(html?.nodes ?? [], html?.source ?? "")?.leaf.closedBy("c -->")).toBe(true);
  });
});
