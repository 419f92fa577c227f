import { MARKDOWN_PART_WORK, MAX_MARKDOWN_PART_WORK } from "./import-limits.ts";
import type { OpenLeaf } from "./markdown-leaf.ts";
import { splitPrefix } from "./markdown-prefix.ts";

export interface Cut {
  /** The first line of the next part (the number of lines, at the end). */
  end: number;
  /** (List items + block quotes opened) × lines: what micromark's copying grows with. */
  work: number;
  /** Whether the part holds a paragraph too heavy with emphasis and links to parse them. */
  heavy: boolean;
}

const isBlank = (line: string): boolean => /^[ \t]*$/u.test(line);

/** A bullet or "1." item in column 0, which starts a list item whatever came before; not a rule such as "* * *". */
const startsTopItem = (line: string): boolean =>
  /^(?:[-+*]|1[.)])[ \t]+\S/u.test(line) && !/^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})$/u.test(line);

/**
 * Where the Markdown part starting at line `from` ends. A part may end before a
 * line in column 0 that follows a blank line, or before a bullet or "1." item in
 * column 0: every block quote and list item has closed there, so the parts parse
 * as the whole would (a list may restart as a second list, which reads the same),
 * unless fenced code or an HTML block runs on past it, which parseMarkdownParts
 * sees in the parsed part and mends. It ends at
 * the first such line once its work reaches MARKDOWN_PART_WORK, or where its lines
 * turn from heavy to light or back (see inlineHeavyLines), or at the last such line
 * before its work would pass MAX_MARKDOWN_PART_WORK or its first heavy line.
 *
 * `leaf` is such a block known to be open at `from`, its opening line: no part ends
 * before it closes. Guessing fences from the lines alone could be fooled (a fence
 * indented in a list item looks like one at the top), so only parsed ones count.
 */
export function cutMarkdown(lines: readonly string[], heavyLines: readonly boolean[], from: number, leaf: OpenLeaf | null): Cut {
  let open = leaf;
  let openings = 0;
  let quotes = 0;
  let heavy = false;
  let afterBlank = false;
  let fallback: Cut | null = null;
  for (let i = leaf ? from + 1 : from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heavyLine = heavyLines[i] ?? false;
    const work = openings * (i - from);
    if (!open && i > from && ((afterBlank && /^[^ \t]/u.test(line)) || startsTopItem(line))) {
      if (work >= MARKDOWN_PART_WORK || heavy !== heavyLine) return { end: i, work, heavy };
      fallback = { end: i, work, heavy };
    }
    if (heavyLine && !heavy) {
      if (fallback !== null) return fallback;
      heavy = true;
    }
    if (work > MAX_MARKDOWN_PART_WORK && fallback !== null) return fallback;
    afterBlank = isBlank(line);
    if (open) {
      // Inside the block a blank line leads to no cut, but one that closes it does.
      if (open.closedBy(line)) open = null;
      else afterBlank = false;
      continue;
    }
    if (afterBlank) {
      quotes = 0;
      continue;
    }
    // Every list marker starts an item; a quote opens where the line quotes deeper than the one before.
    const prefix = splitPrefix(line);
    openings += prefix.items + Math.max(0, prefix.quotes - quotes);
    quotes = prefix.quotes;
  }
  return { end: lines.length, work: openings * (lines.length - from), heavy };
}
