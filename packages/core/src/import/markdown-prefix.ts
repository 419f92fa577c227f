import { MAX_MARKDOWN_INDENT, MAX_MARKDOWN_NESTING } from "./import-limits.ts";

/** One piece of a line's container prefix: a run of blanks, a ">" or a list marker. */
interface PrefixToken {
  text: string;
  marker: boolean;
}

// Generous on purpose: a marker indented as code still counts, so limits and estimates err high.
const TOKEN = /[ \t]+|>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/uy;

/** The pieces before a Markdown line's content that may open or continue block quotes and lists. */
function prefixTokens(line: string): PrefixToken[] {
  const tokens: PrefixToken[] = [];
  TOKEN.lastIndex = 0;
  for (let found = TOKEN.exec(line); found !== null; found = TOKEN.exec(line)) {
    tokens.push({ text: found[0], marker: !/^[ \t]/u.test(found[0]) });
  }
  return tokens;
}

const columnsOf = (blanks: string): number => blanks.replace(/\t/gu, "    ").length;

/**
 * The line with at most MAX_MARKDOWN_NESTING markers and MAX_MARKDOWN_INDENT
 * columns of blanks before its content; anything beyond is dropped (a blank run
 * over the budget keeps one space). Deeper quotes and lists only slow micromark
 * down, and the walk flattens them anyway. Lines within the limits come back as they were.
 */
export function capContainerPrefix(line: string): string {
  const tokens = prefixTokens(line);
  let markers = 0;
  let columns = 0;
  let kept = "";
  let within = true;
  for (const token of tokens) {
    if (token.marker) {
      if (markers === MAX_MARKDOWN_NESTING) {
        within = false;
        break;
      }
      markers++;
      kept += token.text;
      continue;
    }
    const width = columnsOf(token.text);
    if (columns + width <= MAX_MARKDOWN_INDENT) kept += token.text;
    else {
      within = false;
      kept += " ".repeat(Math.max(1, MAX_MARKDOWN_INDENT - columns));
    }
    columns += width;
  }
  if (within) return line;
  const content = line.slice(tokens.reduce((length, token) => length + token.text.length, 0));
  return kept + content;
}

/** A line split after its container prefix, with what the prefix says about the line. */
export interface LinePrefix {
  /** What follows the prefix: the line's inline content, or a heading, rule or fence. */
  content: string;
  quotes: number;
  /** List markers: each starts a list item. */
  items: number;
  /** The last list marker: "-", "+", "*", or an ordered one such as "1." or "7)". */
  listMarker: string | null;
}

export function splitPrefix(line: string): LinePrefix {
  const tokens = prefixTokens(line);
  const markers = tokens.filter((token) => token.marker).map((token) => token.text);
  const length = tokens.reduce((sum, token) => sum + token.text.length, 0);
  const quotes = markers.filter((marker) => marker === ">").length;
  return {
    content: line.slice(length),
    quotes,
    items: markers.length - quotes,
    listMarker: markers.findLast((marker) => marker !== ">") ?? null,
  };
}

/** A line whose first mark is a block quote's ">" (after up to three spaces): never a lazy line. */
export const startsWithQuote = (line: string): boolean => /^ {0,3}>/u.test(line);

/** A line with a ">" or list marker before its content. */
export const hasMarker = (line: string): boolean => prefixTokens(line).some((token) => token.marker);
