import type { WordSpan } from "./word-selection.ts";

/**
 * The browser's selection as offsets in `container`'s text, when it lies wholly inside it. The container holds
 * the paragraph's text and nothing else (marks split it, but add no characters), so lengths are offsets.
 */
export function selectionIn(container: HTMLElement, selection: Selection | null): WordSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
