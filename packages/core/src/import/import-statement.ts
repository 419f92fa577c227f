import { finishBlocks } from "./finish-blocks.ts";
import { readHtml } from "./from-html.ts";
import { readMarkdown } from "./from-markdown.ts";
import { readText } from "./from-text.ts";
import type { ImportFormat, ImportResult } from "./types.ts";

/**
 * Turns a statement's text into headings and paragraphs of normalised plain
 * text, with metadata hints from its preamble or front matter and a record of
 * every line it dropped and why.
 */
export function importStatement(content: string, format: ImportFormat): ImportResult {
  switch (format) {
    case "text":
      return finishBlocks(readText(content), { promoteHeadings: true });
    case "markdown":
      return finishBlocks(readMarkdown(content), { promoteHeadings: true });
    case "html":
      return finishBlocks(readHtml(content), { promoteHeadings: false });
  }
}
