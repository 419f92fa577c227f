import type { EditorView } from "@tiptap/pm/view";
import { TextSelection } from "@tiptap/pm/state";
import type { IndexedBlock } from "./block-index.ts";

/** The element a block is drawn as: a paragraph's wrapper with its margin, or the heading. */
export function blockElement(view: EditorView, block: IndexedBlock): HTMLElement | null {
  const node = view.nodeDOM(block.from - 1);
  return node instanceof HTMLElement ? node : null;
}

export const prefersReducedMotion = (): boolean => window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

/** Puts the caret at a position without taking focus, so keyboard users carry on reading from there. */
export function placeCaret(view: EditorView, pos: number): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}
