import type { EditorView } from "@tiptap/pm/view";
import type { TextPoint } from "@verbatim/core";
import { indexBlocks, pointAt } from "./block-index.ts";

/** Where a selection lies on screen: its bounds and its lines. */
export interface SelectionGeometry {
  bounds: DOMRect;
  /** The client rectangles of the selected text, which a popover must not cover (its bounds when unknown). */
  lines: DOMRect[];
  /** The text's box, measured with the rest, so positions relative to it survive scrolling. */
  box: DOMRect;
}

const rectOf = (c: { left: number; right: number; top: number; bottom: number }) =>
  new DOMRect(c.left, c.top, Math.max(0, c.right - c.left), c.bottom - c.top);

export function selectionGeometry(view: EditorView, from: number, to: number): SelectionGeometry {
  const start = view.coordsAtPos(from, 1);
  const end = view.coordsAtPos(to, -1);
  const box = view.dom.getBoundingClientRect();
  const oneLine = Math.abs(start.top - end.top) < 2;
  // Over several lines, the box from one end to the other (not the text's full width), so a popover placed
  // by it stays near where the selection was made.
  const left = oneLine ? start.left : Math.min(start.left, end.left);
  const right = oneLine ? end.right : Math.max(start.right, end.right);
  const bounds = new DOMRect(left, start.top, Math.max(0, right - left), end.bottom - start.top);
  const lines = textRects(view, from, to);
  return { bounds, lines: lines.length > 0 ? lines : [bounds], box };
}

/** The rectangles of the text between two positions, one or more a line; empty ones (line ends) left out. */
function textRects(view: EditorView, from: number, to: number): DOMRect[] {
  const start = view.domAtPos(from);
  const end = view.domAtPos(to);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

export const caretRect = (view: EditorView, pos: number): DOMRect => rectOf(view.coordsAtPos(pos));

const contains = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** The rectangle of one character, or null if it has no text node (an empty block). */
export function charRect(view: EditorView, pos: number): DOMRect | null {
  const { node, offset } = view.domAtPos(pos);
  if (!(node instanceof Text) || offset >= node.length) return null;
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect();
}

/**
 * The character under the pointer, as a text point; null over white space beyond a line's end, margins and
 * gaps, where posAtCoords would still answer with the nearest position.
 */
export function charAt(view: EditorView, x: number, y: number): { point: TextPoint; rect: DOMRect } | null {
  const found = view.posAtCoords({ left: x, top: y });
  if (!found) return null;
  const index = indexBlocks(view.state.doc);
  const point = pointAt(index, found.pos, "start");
  const block = point && index.blocks[point.block];
  if (!point || !block) return null;
  for (const offset of [point.offset, point.offset - 1]) {
    if (offset < 0 || offset >= block.text.length) continue;
    const rect = charRect(view, block.from + offset);
    if (rect && contains(rect, x, y)) return { point: { block: point.block, offset }, rect };
  }
  return null;
}
