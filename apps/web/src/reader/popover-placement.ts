/** A box in viewport (client) coordinates, as getClientRects gives them. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What a popover about some words is placed by: their lines and the text column, measured at one moment. */
export interface WordsAnchor {
  words: readonly Box[];
  column: Box;
}

export interface PlacementInput {
  /** The lines of the words the popover is about: it may cover none of them. */
  words: readonly Box[];
  /** The text column: "beside" is the margin to its right, over the side panel's column. */
  column: Box;
  viewport: Size;
  /** The popover's size; a height of 0 while it is not yet drawn. */
  size: Size;
  /** The narrowest it may be made to fit beside the text (its own width unless it can reflow). */
  minWidth?: number;
  /** Whether it may go above the words when below has no room: not for a form that grows as it is filled in. */
  mayGoAbove?: boolean;
}

export interface Placement {
  side: "beside" | "below" | "above";
  left: number;
  top: number;
  width: number;
}

export const EDGE = 12;
const GAP = 8;
/** Below the first line's start, nudged left so the popover's own padding lines up with the words. */
const INDENT = 16;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/**
 * Where a popover about some words goes so that the passage stays readable: beside the text column at the
 * height of the words' first line when the window has room there; otherwise under their last line (or over
 * their first, where allowed and the window has no room below), never over a line of the words themselves.
 */
export function placePopover(input: PlacementInput): Placement {
  const { words, column, viewport, size, mayGoAbove = false } = input;
  const first = words[0] ?? { ...column, bottom: column.top };
  const top = Math.min(...words.map((w) => w.top), first.top);
  const bottom = Math.max(...words.map((w) => w.bottom), first.bottom);

  const besideLeft = column.right + GAP;
  const room = viewport.width - EDGE - besideLeft;
  if (room >= (input.minWidth ?? size.width)) {
    // Level with the words, pulled up just enough to end inside the window; never above its top.
    const besideTop = Math.max(EDGE, Math.min(top, viewport.height - EDGE - size.height));
    return { side: "beside", left: besideLeft, top: besideTop, width: Math.min(size.width, room) };
  }

  const width = Math.min(size.width, viewport.width - 2 * EDGE);
  const left = clamp(first.left - INDENT, EDGE, viewport.width - EDGE - width);
  const below = bottom + GAP;
  const above = top - GAP - size.height;
  const goAbove = mayGoAbove && below + size.height > viewport.height - EDGE && above >= EDGE;
  return goAbove ? { side: "above", left, top: above, width } : { side: "below", left, top: below, width };
}

/**
 * How far to scroll the page (down when positive) so that the words stand in the room above a sheet along the
 * bottom of the window: 0 when they already do. Their first line wins over their last when both cannot show.
 */
export function scrollClearOfSheet(words: readonly Box[], viewportHeight: number, sheetHeight: number): number {
  if (words.length === 0) return 0;
  const top = Math.min(...words.map((w) => w.top));
  const bottom = Math.max(...words.map((w) => w.bottom));
  if (top < EDGE) return top - EDGE;
  return Math.max(0, Math.min(bottom + GAP - (viewportHeight - sheetHeight), top - EDGE));
}
