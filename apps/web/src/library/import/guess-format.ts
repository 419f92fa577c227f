import type { ImportFormat as ImportFormatSchema } from "@verbatim/contract";
import type { z } from "zod";

export type ImportFormat = z.output<typeof ImportFormatSchema>;

export const FORMAT_OPTIONS: readonly { value: ImportFormat; label: string }[] = [
  { value: "text", label: "Plain text" },
  { value: "markdown", label: "Markdown" },
  { value: "html", label: "HTML" },
];

const HTML_START = /^(?:<!doctype\s+html|<!--|<[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>)/i;
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;
const MARKDOWN_SIGNS = [
  /^#{1,6}[ \t]+\S/m, // an ATX heading
  /\[[^\]\n]+\]\((?:https?:\/\/|\/|#)[^)\s]*\)/, // a link
  /(?:\*\*|__)[^*_\n]+(?:\*\*|__)/, // strong emphasis, as statements copied from a word processor carry
];

/**
 * A first guess at a pasted text's format, which the analyst can correct: HTML when it starts with a tag,
 * Markdown when it has front matter, `#` headings, links or bold markup, plain text otherwise. Plain text
 * is the safe fallback: the text importer keeps every word, only the markup characters would show.
 */
export function guessFormat(content: string): ImportFormat {
  const start = content.replace(/^\uFEFF/, "").trimStart();
  if (HTML_START.test(start)) return "html";
  if (FRONT_MATTER.test(start)) return "markdown";
  return MARKDOWN_SIGNS.some((sign) => sign.test(content)) ? "markdown" : "text";
}
