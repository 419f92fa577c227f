import { describe, expect, it, vi } from "vitest";
import { MAX_DROPPED_LINES } from "./import-limits.ts";
import { readMarkdown } from "./from-markdown.ts";
import { importStatement } from "./import-statement.ts";
import { normaliseText } from "./normalise-text.ts";

// Each text is hundreds of thousands of characters and takes seconds on a loaded machine. The tests check what is
// read, never how fast: this is only a watchdog for a hang, well past the default five seconds.
vi.setConfig({ testTimeout: 60_000 });

const texts = (content: string): string[] => readMarkdown(content).blocks.map((b) => normaliseText(b.text));

describe("reading hostile Markdown", () => {
  it("reads 10,000 and 1,000,000 nested block quotes (stack overflow before)", () => {
    expect(importStatement(">".repeat(10_000), "markdown").blocks).toEqual([]);
    expect(texts(`${">".repeat(1_000_000)} We agree.`)).toEqual(["We agree."]);
  });

  it("reads a list nested 10,000 deep on one line, and 400 deep by indentation", () => {
    expect(texts(`${"- ".repeat(10_000)}We agree.`)).toEqual(["We agree."]);
    const indented = Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i)}- Item ${i}.`).join("\n");
    expect(texts(indented)).toEqual(Array.from({ length: 400 }, (_, i) => `Item ${i}.`));
  });

  it("reads emphasis nested 10,000 deep with its marks kept as text (stack overflow before)", () => {
    const nested = `${"*".repeat(10_000)}a${"*".repeat(10_000)}`;
    expect(texts(nested)).toEqual([nested]);
  });

  it("keeps 50,000 brackets and 20,000 unclosed links as text", () => {
    expect(texts("[".repeat(50_000))).toEqual(["[".repeat(50_000)]);
    expect(texts("[a](".repeat(20_000))).toEqual(["[a](".repeat(20_000)]);
  });

  it("reads a paragraph of 5,000 lines full of bracketed words (quadratic before: 20 s at 10,000)", () => {
    const line = "[beta] [beta] [beta] [beta] [beta]";
    expect(texts(`${line}\n`.repeat(5_000)).join(" ")).toBe(Array.from({ length: 5_000 }, () => line).join(" "));
  });

  it("still reads emphasis and links in a paragraph with a few", () => {
    expect(texts("We **strongly** support [the Convention](https://example.org).")).toEqual(["We strongly support the Convention."]);
  });

  it("reads 2,000 block quotes, one paragraph each (quadratic before: 10 s at 4,000)", () => {
    const blocks = importStatement("> We agree.\n\n".repeat(2_000), "markdown").blocks;
    expect(blocks).toHaveLength(2_000);
    expect(blocks.every((b) => b.text === "We agree.")).toBe(true);
  });

  it("reads 2,000 lists each closed by a paragraph", () => {
    expect(texts("- An item.\n\nA paragraph.\n\n".repeat(2_000))).toHaveLength(4_000);
  });

  it("reads a quoted paragraph continued by 10,000 lines without the quote mark", () => {
    const [only, ...rest] = importStatement(`> We agree\n${"and more\n".repeat(10_000)}`, "markdown").blocks;
    expect(rest).toEqual([]);
    expect(only?.text).toBe(`We agree${" and more".repeat(10_000)}`);
  });

  it("reads a list item holding 2,000 block quotes as plain text", () => {
    const result = texts(`- Item.\n${"\n  > Quoted.\n".repeat(2_000)}`);
    expect(result[0]).toBe("- Item.");
    expect(result.slice(1)).toEqual(Array.from({ length: 2_000 }, () => "> Quoted."));
  });
});

describe("reading Markdown in parts", () => {
  const quotes = "> Quoted.\n\n".repeat(100);

  it("resolves a reference whose definition lies in another part", () => {
    expect(texts(`See [the report][r].\n\n${quotes}Also [r].\n\n[r]: https://example.org\n`)).toEqual([
      "See the report.",
      ...Array.from({ length: 100 }, () => "Quoted."),
      "Also r.",
    ]);
  });

  it("never cuts inside indented fenced code that runs past a blank line", () => {
    const code = "  ```\n# not a heading\n\nstill code\n  ```\n";
    const result = readMarkdown(`${quotes}${code}\nAfter.`).blocks.slice(100);
    expect(result).toEqual([
      { kind: "paragraph", text: "# not a heading" },
      { kind: "paragraph", text: "still code" },
      { kind: "paragraph", text: "After." },
    ]);
  });

  it("keeps the numbers of an ordered list cut between its items", () => {
    const list = Array.from({ length: 80 }, (_, i) => `${i + 1}. Item ${i + 1}.\n\n> Note.`).join("\n\n");
    const numbered = texts(list).filter((text) => /^\d/u.test(text));
    expect(numbered).toEqual(Array.from({ length: 80 }, (_, i) => `${i + 1}. Item ${i + 1}.`));
  });
});

describe("reading large front matter", () => {
  it("drops 200,000 lines of front matter unread (stack overflow before), keeping the body and listing a thousand", () => {
    for (const line of ["a: b\n", "- a\n"]) {
      const result = importStatement(`---\n${line.repeat(200_000)}---\nHello world.\n`, "markdown");
      expect(result.blocks).toEqual([{ kind: "paragraph", text: "Hello world." }]);
      expect(result.metadata).toEqual({});
      expect(result.dropped).toHaveLength(MAX_DROPPED_LINES + 1);
      expect(result.dropped[0]).toEqual({ text: line.trim(), reason: "unread-front-matter" });
      expect(result.dropped.at(-1)).toEqual({ text: "199,000 more lines, not listed", reason: "more" });
    }
  });

  it("drops front matter nested 60,000 deep unread", () => {
    const result = importStatement(`---\ntitle: ${"[".repeat(60_000)}\n---\nHello world.\n`, "markdown");
    expect(result.metadata).toEqual({});
    expect(result.blocks).toEqual([{ kind: "paragraph", text: "Hello world." }]);
  });

  it("still reads ordinary front matter", () => {
    expect(importStatement("---\ntitle: Statement by Fiji\n---\nHello world.\n", "markdown").metadata).toEqual({
      title: "Statement by Fiji",
    });
  });
});
