import type { EditorView } from "@tiptap/pm/view";

export interface LiveSelection {
  from: number;
  to: number;
  anchor: number;
  head: number;
}

/**
 * The selection as the browser has it now. ProseMirror reads a selection made with Shift+arrow keys from the
 * DOM on `selectionchange`, which the browser dispatches later; a key pressed right after the last arrow can
 * reach the view before that, while `view.state.selection` still lacks the last character.
 */
export function liveSelection(view: EditorView): LiveSelection {
  const dom = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = dom ?? {};
  if (dom && anchorNode && focusNode && view.dom.contains(anchorNode) && view.dom.contains(focusNode)) {
    try {
      const anchor = view.posAtDOM(anchorNode, dom.anchorOffset);
      const head = view.posAtDOM(focusNode, dom.focusOffset);
      return { from: Math.min(anchor, head), to: Math.max(anchor, head), anchor, head };
    } catch {
      // A node ProseMirror does not map (a widget): its own selection is the best there is.
    }
  }
  const { from, to, anchor, head } = view.state.selection;
  return { from, to, anchor, head };
}
