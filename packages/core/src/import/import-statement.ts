import { finishBlocks } from "./finish-blocks.ts";
import { readHtml } from "./from-html.ts";
import { readMarkdown } from "./from-markdown.ts";
import { readText } from "./from-text.ts";
import { splitHtmlFootnotes } from "./html-footnotes.ts";
import type { ImportFormat, ImportResult, ReadResult } from "./types.ts";

/**
 * The text's blocks as its format gives them, before the shared clean-up: what the record split reads, as its
 * speakers' turns and the lines between them are not a statement's preamble and boilerplate.
 */
export function readSource(content: string, format: ImportFormat): ReadResult {
  switch (format) {
    case "text":
      return readText(content);
    case "markdown":
      return readMarkdown(content);
    case "html": {
      const { html, footnotes } = splitHtmlFootnotes(content);
      return { ...readHtml(html), footnotes };
    }
  }
}

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
      return finishBlocks(readSource(content, "html"), { promoteHeadings: false });
  }
}
