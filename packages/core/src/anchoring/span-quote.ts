import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { splitsSurrogatePair } from "./code-points.ts";
import { prefixBefore, suffixAfter } from "./quote-context.ts";
import type { TextBlock } from "./text-block.ts";

/**
 * A span's target and quote, in both directions (as Hypothesis's TextQuoteAnchor owns both): selectedSpan turns
 * a selection into a target, resolveTarget (resolve-target.ts) checks a target and reads its quote back. Both
 * build the quote here, so the quote a reader shows before saving is the one the server stores.
 */

/** A place in the text: a block's index in reading order and a UTF-16 offset in its text. */
export interface TextPoint {
  block: number;
  offset: number;
}

export interface SpanQuote {
  target: TextTarget;
  quote: TextQuote;
}

export const comparePoints = (a: TextPoint, b: TextPoint): number => a.block - b.block || a.offset - b.offset;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** The text between two points: covered blocks joined by "\n". */
export function textBetween(blocks: readonly TextBlock[], start: TextPoint, end: TextPoint): string {
  const first = blocks[start.block]?.text ?? "";
  if (start.block === end.block) return first.slice(start.offset, end.offset);
  const middle = blocks.slice(start.block + 1, end.block).map((b) => b.text);
  const last = blocks[end.block]?.text ?? "";
  return [first.slice(start.offset), ...middle, last.slice(0, end.offset)].join("\n");
}

/** The target and quote (up to 32 characters of context each side) of a span already checked against the text. */
export function spanQuote(blocks: readonly TextBlock[], start: TextPoint, end: TextPoint): SpanQuote | null {
  const a = blocks[start.block];
  const b = blocks[end.block];
  if (!a || !b) return null;
  const target: TextTarget = { paragraphId: a.id, start: start.offset, end: end.offset };
  if (a !== b) target.endParagraphId = b.id;
  const quote = {
    exact: textBetween(blocks, start, end),
    prefix: prefixBefore(a.text, start.offset),
    suffix: suffixAfter(b.text, end.offset),
  };
  return { target, quote };
}

/**
 * Moves the start forward over white space. The boundary between two blocks counts as white space too (the
 * quote joins blocks with "\n"), so a start at the very end of a block moves on to the next block's text.
 */
function trimStart(blocks: readonly TextBlock[], start: TextPoint, end: TextPoint): TextPoint {
  let { block, offset } = start;
  while (comparePoints({ block, offset }, end) < 0) {
    const text = blocks[block]?.text ?? "";
    if (offset < text.length && isSpace(text[offset])) offset += 1;
    else if (offset >= text.length && block < end.block) {
      block += 1;
      offset = 0;
    } else break;
  }
  return { block, offset };
}

/** Moves the end back over white space and block boundaries, the mirror of trimStart. */
function trimEnd(blocks: readonly TextBlock[], start: TextPoint, end: TextPoint): TextPoint {
  let { block, offset } = end;
  while (comparePoints(start, { block, offset }) < 0) {
    const text = blocks[block]?.text ?? "";
    if (offset > 0 && isSpace(text[offset - 1])) offset -= 1;
    else if (offset === 0 && block > start.block) {
      block -= 1;
      offset = blocks[block]?.text.length ?? 0;
    } else break;
  }
  return { block, offset };
}

/**
 * A selection between two points as the target and quote the server will store: trimmed of white space at
 * either end, never starting or ending inside a surrogate pair; null when it holds nothing but white space.
 */
export function selectedSpan(blocks: readonly TextBlock[], rawStart: TextPoint, rawEnd: TextPoint): SpanQuote | null {
  if (comparePoints(rawStart, rawEnd) >= 0) return null;
  const start = trimStart(blocks, rawStart, rawEnd);
  const end = trimEnd(blocks, start, rawEnd);
  if (comparePoints(start, end) >= 0) return null;
  const a = blocks[start.block];
  const b = blocks[end.block];
  if (!a || !b) return null;
  // A selection never splits a character in practice, but a quote must not begin or end inside one.
  const startOffset = splitsSurrogatePair(a.text, start.offset) ? start.offset - 1 : start.offset;
  const endOffset = splitsSurrogatePair(b.text, end.offset) ? end.offset + 1 : end.offset;
  return spanQuote(blocks, { block: start.block, offset: startOffset }, { block: end.block, offset: endOffset });
}
