import { describe, expect, it, vi } from "vitest";
import { importStatement } from "./import-statement.ts";

// Each text is hundreds of thousands of characters and takes seconds on a loaded machine. The tests check what is
// read, never how fast: this is only a watchdog for a hang, well past the default five seconds.
vi.setConfig({ testTimeout: 60_000 });

const paragraphs = (count: number): string => Array.from({ length: count }, (_, i) => `Paragraph ${i} is short.`).join("\n\n");

describe("importing hostile plain text", () => {
  it("reads 200,000 one-letter lines as one paragraph (stack overflow before)", () => {
    const { blocks } = importStatement("x\n".repeat(200_000), "text");
    expect(blocks).toEqual([{ kind: "paragraph", text: Array.from({ length: 200_000 }, () => "x").join(" ") }]);
  });

  it("reads 5,000 short paragraphs, as text and as Markdown", () => {
    for (const format of ["text", "markdown"] as const) {
      const { blocks } = importStatement(paragraphs(5_000), format);
      expect(blocks).toHaveLength(5_000);
      expect(blocks[4_999]).toEqual({ kind: "paragraph", text: "Paragraph 4999 is short." });
    }
  });

  it("reads a one-megabyte line of words", () => {
    const line = "word ".repeat(200_000).trim();
    expect(importStatement(line, "text").blocks).toEqual([{ kind: "paragraph", text: line }]);
  });

  it("reads long lines of commas, dots and spaces before the speech", () => {
    for (const filler of ["a,", "1,", ", ", ". ", "  ", "- "]) {
      const line = `Statement by ${filler.repeat(25_000)}`;
      const { blocks } = importStatement(`${line}\n\nWe agree.`, "text");
      expect(blocks.at(-1)).toEqual({ kind: "paragraph", text: "We agree." });
    }
  });

  it("reads front matter of 20,000 lines that is not valid YAML as text", () => {
    const { blocks, metadata } = importStatement(`---\n${"a: b\n".repeat(20_000)}---\nHello world.\n`, "text");
    expect(metadata).toEqual({});
    expect(blocks.at(-1)).toEqual({ kind: "paragraph", text: "Hello world." });
  });
});
