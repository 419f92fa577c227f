import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { sentenceBounds, sentenceRanges, type TextRange } from "@verbatim/core";
import { type BlockIndex, indexBlocks, pointAt } from "./block-index.ts";
import { liveSelection } from "./live-selection.ts";
import { type Direction, nextSentenceEdge } from "./sentence-edges.ts";

function select(view: EditorView, anchor: number, head: number): void {
  const { state } = view;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)).scrollIntoView());
}

/** The sentence a position is in, in document positions; an end looks at the character before it. */
function sentenceAround(index: BlockIndex, pos: number, side: "start" | "end"): TextRange | null {
  const point = pointAt(index, pos, side);
  const block = point && index.blocks[point.block];
  if (!block) return null;
  const range = sentenceBounds(block.text, side === "end" ? Math.max(point.offset - 1, 0) : point.offset);
  return { start: block.from + range.start, end: block.from + range.end };
}

/** S and a triple click: the sentence at the caret, or the selection widened to whole sentences. */
export function selectSentence(view: EditorView, at?: number): void {
  const index = indexBlocks(view.state.doc);
  const { from, to } = at === undefined ? liveSelection(view) : { from: at, to: at };
  const first = sentenceAround(index, from, "start");
  const last = from === to ? first : sentenceAround(index, to, "end");
  if (first && last && first.start < last.end) select(view, first.start, last.end);
}

/** P: the paragraph (or heading) at the caret, or every block the selection touches. */
export function selectParagraph(view: EditorView): void {
  const index = indexBlocks(view.state.doc);
  const { from, to } = liveSelection(view);
  const first = pointAt(index, from, "start");
  const last = from === to ? first : pointAt(index, to, "end");
  const start = first && index.blocks[first.block];
  const end = last && index.blocks[last.block];
  if (start && end) select(view, start.from, end.to);
}

/** The sentences from the block at `pos` on, nearest first, read one block at a time. */
function* sentencesFrom(index: BlockIndex, pos: number, direction: Direction): Generator<TextRange> {
  const step = direction === "forward" ? 1 : -1;
  const first = pointAt(index, pos, direction === "forward" ? "start" : "end")?.block ?? 0;
  for (let i = first; i >= 0 && i < index.blocks.length; i += step) {
    const block = index.blocks[i];
    if (!block) return;
    const ranges = sentenceRanges(block.text).map((r) => ({ start: block.from + r.start, end: block.from + r.end }));
    yield* direction === "forward" ? ranges : ranges.reverse();
  }
}

/**
 * ] and [: take in the next sentence, or the one before, keeping the other edge. The moved edge becomes the
 * selection's head, so Shift+arrows adjust it afterwards and the view scrolls to it.
 */
export function extendBySentence(view: EditorView, direction: Direction): void {
  const index = indexBlocks(view.state.doc);
  const { from, to } = liveSelection(view);
  const edge = direction === "forward" ? to : from;
  const moved = nextSentenceEdge(sentencesFrom(index, edge, direction), edge, direction);
  if (moved === null) return;
  if (direction === "forward") select(view, from, moved);
  else select(view, to, moved);
}
