import type { Node as PmNode } from "@tiptap/pm/model";
import type { TextPoint } from "@verbatim/core";

/** One canonical block of the reader's document, with where its text lies in ProseMirror positions. */
export interface IndexedBlock {
  id: string;
  kind: "paragraph" | "heading";
  text: string;
  /** The position just inside the block, before its first character. */
  from: number;
  /** The position after its last character: `from + text.length`. */
  to: number;
}

export interface BlockIndex {
  blocks: readonly IndexedBlock[];
  byId: ReadonlyMap<string, number>;
}

/** A stretch of one block's text, in UTF-16 offsets. */
export interface TextRun {
  block: number;
  start: number;
  end: number;
}

const cache = new WeakMap<PmNode, BlockIndex>();

/** The document's blocks in order; computed once per document, which the reader never changes. */
export function indexBlocks(doc: PmNode): BlockIndex {
  const known = cache.get(doc);
  if (known) return known;
  const blocks: IndexedBlock[] = [];
  doc.forEach((node, offset) => {
    const from = offset + 1;
    const kind = node.type.name === "canonicalHeading" ? "heading" : "paragraph";
    blocks.push({ id: String(node.attrs.id), kind, text: node.textContent, from, to: from + node.content.size });
  });
  const index: BlockIndex = { blocks, byId: new Map(blocks.map((b, i) => [b.id, i])) };
  cache.set(doc, index);
  return index;
}

/** The last block that opens at or before `pos` (its opening token is at `from - 1`), or -1 before the first. */
function blockOpeningAtOrBefore(blocks: readonly IndexedBlock[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid];
    if (block && block.from - 1 <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Maps a document position to a point in the text. A position between two blocks belongs to the block after
 * it when it starts a span (`side` "start") and to the block before it when it ends one.
 */
export function pointAt(index: BlockIndex, pos: number, side: "start" | "end"): TextPoint | null {
  const { blocks } = index;
  const i = blockOpeningAtOrBefore(blocks, pos);
  const block = blocks[i];
  if (!block) return blocks.length > 0 ? { block: 0, offset: 0 } : null;
  if (pos >= block.from && pos <= block.to) return { block: i, offset: pos - block.from };
  if (pos < block.from) {
    // On the block's opening token: between the previous block and this one.
    const before = blocks[i - 1];
    return side === "end" && before ? { block: i - 1, offset: before.text.length } : { block: i, offset: 0 };
  }
  // After the block's closing token: only past the last block.
  return { block: i, offset: block.text.length };
}
