import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importStatement } from "./import-statement.ts";
import { normaliseText } from "./normalise-text.ts";
import type { ImportFormat, ImportResult, MetadataHints } from "./types.ts";

/** The import fixtures (fixtures/import/): statements as analysts receive them, each with what a correct import finds. */
const FIXTURES = new URL("../../../../fixtures/import/", import.meta.url);
const FORMATS: Record<string, ImportFormat> = { txt: "text", md: "markdown", html: "html" };

interface Expected {
  kind: "statement" | "record";
  metadata: MetadataHints;
  headerLines: string[];
  paragraphStarts: string[];
}

/**
 * A Word fixture's HTML source read as the HTML path reads mammoth's output: footnotes out
 * (the Word path keeps them apart), the rest as written.
 */
const withoutFootnotes = (html: string): string =>
  html.replace(/<div id="sdfootnote\d+">.*?<\/div>/gsu, "").replace(/<a class="sdfootnoteanc"[^>]*>.*?<\/a>/gsu, "");

function cases(): { name: string; content: string; format: ImportFormat; expected: Expected }[] {
  const files = readdirSync(FIXTURES);
  const found = files.flatMap((file) => {
    const [, name, ext] = /^(.+)\.(txt|md|html)$/u.exec(file) ?? [];
    const format = ext ? FORMATS[ext] : undefined;
    if (!name || !format || !files.includes(`${name}.expected.json`)) return [];
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), "utf8")) as Expected;
    if (expected.kind !== "statement") return [];
    return [{ name: file, content: readFileSync(new URL(file, FIXTURES), "utf8"), format, expected }];
  });
  const word = new URL("make/docx/", FIXTURES);
  const sources = readdirSync(word).flatMap((file) => {
    const name = /^(.+)\.html$/u.exec(file)?.[1];
    if (!name) return [];
    const expected = JSON.parse(readFileSync(new URL(`${name}.expected.json`, FIXTURES), "utf8")) as Expected;
    const content = withoutFootnotes(readFileSync(new URL(file, word), "utf8"));
    return [{ name: `make/docx/${file}`, content, format: "html" as const, expected }];
  });
  return [...found, ...sources];
}

/** Paragraph text without the list number the HTML path puts before an item ("1. "). */
const unnumbered = (text: string): string => text.replace(/^\d{1,3}\.\s/u, "");

const leaked = (result: ImportResult, line: string): boolean => {
  const flat = normaliseText(line);
  return result.blocks.some((block) => block.text === flat || block.text.startsWith(`${flat} `));
};

describe("import corpus: text, Markdown, HTML and the Word fixtures' HTML sources", () => {
  const all = cases();

  it("holds the fixtures", () => expect(all.length).toBeGreaterThanOrEqual(25));

  it.each(all)("$name", ({ content, format, expected }) => {
    const result = importStatement(content, format);
    expect(expected.headerLines.filter((line) => leaked(result, line))).toEqual([]);
    const paragraphs = result.blocks.filter((block) => block.kind === "paragraph").map((block) => unnumbered(block.text));
    expect(paragraphs.map((text, i) => (text.startsWith(expected.paragraphStarts[i] ?? "\u0000") ? "ok" : text))).toEqual(
      expected.paragraphStarts.map(() => "ok"),
    );
    const keys = Object.keys(expected.metadata) as (keyof MetadataHints)[];
    expect(Object.fromEntries(keys.map((key) => [key, result.metadata[key]]))).toEqual(expected.metadata);
  });
});
