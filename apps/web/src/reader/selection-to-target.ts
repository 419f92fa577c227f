import type { Node as PmNode } from "@tiptap/pm/model";
import { splitsSurrogatePair } from "@verbatim/core";
import { comparePoints, indexBlocks, pointAt, type BlockIndex, type IndexedBlock, type TextPoint } from "./block-index.ts";
import type { TargetDraft } from "./target-draft.ts";

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * Moves the start forward over white space. The boundary between two blocks counts as white space too (the
 * quote joins blocks with "\n"), so a start at the very end of a block moves on to the next block's text.
 */
function trimStart(blocks: readonly IndexedBlock[], start: TextPoint, end: TextPoint): TextPoint {
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
function trimEnd(blocks: readonly IndexedBlock[], start: TextPoint, end: TextPoint): TextPoint {
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

/** The quote exactly as the server's resolveTarget computes it: covered blocks joined by "\n". */
function quoteBetween(blocks: readonly IndexedBlock[], start: TextPoint, end: TextPoint): string {
  const first = blocks[start.block]?.text ?? "";
  if (start.block === end.block) return first.slice(start.offset, end.offset);
  const middle = blocks.slice(start.block + 1, end.block).map((b) => b.text);
  const last = blocks[end.block]?.text ?? "";
  return [first.slice(start.offset), ...middle, last.slice(0, end.offset)].join("\n");
}

/** The target of a span given as text points; null when it holds nothing but white space. */
export function pointsToTarget(index: BlockIndex, rawStart: TextPoint, rawEnd: TextPoint): TargetDraft | null {
  const { blocks } = index;
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
  const exact = quoteBetween(blocks, { block: start.block, offset: startOffset }, { block: end.block, offset: endOffset });
  const target: TargetDraft = { paragraphId: a.id, start: startOffset, end: endOffset, exact };
  if (b !== a) target.endParagraphId = b.id;
  return target;
}

/**
 * Maps a ProseMirror selection (`from` < `to`, positions in a document built by statementToDoc) to a target
 * in canonical terms: block IDs and UTF-16 offsets into their text, trimmed of white space at either end.
 * Highlights are painted outside the document, so they never shift these positions.
 */
export function selectionToTarget(doc: PmNode, from: number, to: number): TargetDraft | null {
  if (from >= to) return null;
  const index = indexBlocks(doc);
  const start = pointAt(index, from, "start");
  const end = pointAt(index, to, "end");
  return start && end ? pointsToTarget(index, start, end) : null;
}
