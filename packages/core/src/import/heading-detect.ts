import { normaliseText } from "./normalise-text.ts";
import { isClosing, isSalutation } from "./salutation.ts";
import { endsSentence, wordCount } from "./sentence.ts";
import type { RawBlock } from "./types.ts";

const MINOR_WORDS = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "on",
  "or",
  "the",
  "to",
  "via",
  "vs",
  "with",
  "against",
]);

/**
 * A short line with no sentence or comma punctuation whose significant words are
 * mostly capitalised, like "Transnational Organised Crime" or "Kyoto Declaration".
 */
export function looksLikeHeading(text: string): boolean {
  const flat = normaliseText(text);
  if (flat === "" || flat.length > 80 || wordCount(flat) > 10) return false;
  if (/[.!?,;:]$/u.test(flat) || flat.includes(",")) return false;
  if (!/^[\p{Lu}\d]/u.test(flat) || /[>|©@/\\]|https?:/u.test(flat)) return false;
  if (isSalutation(flat) || isClosing(flat)) return false;
  const significant = flat.split(" ").filter((word) => /\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  if (significant.length === 0) return false;
  const capitalised = significant.filter((word) => /^["'\u201c(]?[\p{Lu}\d]/u.test(word)).length;
  return capitalised / significant.length >= 0.75;
}

/** A paragraph that reads as running text: it ends a sentence or is several words long. */
const readsAsText = (block: RawBlock): boolean =>
  block.kind === "paragraph" && (endsSentence(block.text) || wordCount(block.text) >= 6) && !looksLikeHeading(block.text);

/** The block before a heading must not leave a sentence open. */
const closesBefore = (block: RawBlock | undefined): boolean =>
  block === undefined || block.kind === "heading" || /[.!?:;,"'\u201d\u2019)\]\u2026]$/u.test(normaliseText(block.text));

/** Turns stand-alone title-like lines followed by running text into level-2 headings. */
export function promoteHeadings(blocks: readonly RawBlock[]): RawBlock[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.kind !== "paragraph" || next === undefined) return block;
    if (!looksLikeHeading(block.text) || !readsAsText(next) || !closesBefore(blocks[i - 1])) return block;
    return { kind: "heading", text: block.text, level: 2 };
  });
}
