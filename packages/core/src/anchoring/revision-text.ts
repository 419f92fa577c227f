import { splitsSurrogatePair } from "./code-points.ts";
import { type SpanQuote, spanQuote } from "./span-quote.ts";
import type { TextBlock } from "./text-block.ts";

/**
 * A revision's blocks indexed once for re-anchoring many annotations: IDs to positions, and the texts
 * joined by a single space. A cross-block quote joins its blocks with "\n", one character like the
 * space, so a quote searched with its "\n" read as spaces keeps its offsets, and a quote still matches
 * after its paragraph was split at a sentence or merged with the next one.
 */
export interface RevisionText {
  blocks: readonly TextBlock[];
  /** Every block's text, one space between neighbours. */
  text: string;
  /** Where each block's text starts in `text`. */
  starts: readonly number[];
  /** The block's position in reading order, -1 when the revision has no such ID. */
  indexOf(id: string): number;
  /** The block holding offset `at` of `text` (the block before, for the space after it). */
  blockAt(at: number): number;
  /** The target and quote of `text.slice(start, end)`; null when it starts or ends on a separator or inside a surrogate pair. */
  locate(start: number, end: number): SpanQuote | null;
}

/** How a quote is searched in a RevisionText: its block breaks read as the separating space. */
export const searchable = (exact: string): string => exact.replaceAll("\n", " ");

export function revisionText(blocks: readonly TextBlock[]): RevisionText {
  const positions = new Map<string, number>();
  const starts: number[] = [];
  let offset = 0;
  blocks.forEach((block, index) => {
    if (!positions.has(block.id)) positions.set(block.id, index);
    starts.push(offset);
    offset += block.text.length + 1;
  });
  const text = blocks.map((b) => b.text).join(" ");

  function blockAt(at: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  function locate(start: number, end: number): SpanQuote | null {
    if (end <= start || start < 0 || end > text.length) return null;
    const a = blockAt(start);
    const b = blockAt(end - 1);
    const startOffset = start - starts[a]!;
    const endOffset = end - starts[b]!;
    const first = blocks[a]!.text;
    const last = blocks[b]!.text;
    if (startOffset >= first.length || endOffset > last.length) return null;
    if (splitsSurrogatePair(first, startOffset) || splitsSurrogatePair(last, endOffset)) return null;
    return spanQuote(blocks, { block: a, offset: startOffset }, { block: b, offset: endOffset });
  }

  return { blocks, text, starts, indexOf: (id) => positions.get(id) ?? -1, blockAt, locate };
}
