import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useState } from "react";
import { selectionToTarget } from "./selection-to-target.ts";
import type { TargetDraft } from "../annotations/index.ts";
import { selectionGeometry, type SelectionGeometry } from "./view-geometry.ts";

export interface ReaderSelection {
  target: TargetDraft;
  geometry: SelectionGeometry;
}

export interface ReaderSelectionState {
  /** The selected span as a target, while there is one worth tagging. */
  selection: ReaderSelection | null;
  /** A mouse button is down in the text: the selection is still being made. */
  dragging: boolean;
  startDragging(): void;
}

function read(editor: Editor): ReaderSelection | null {
  const { from, to } = editor.state.selection;
  const target = selectionToTarget(editor.state.doc, from, to);
  return target ? { target, geometry: selectionGeometry(editor.view, from, to) } : null;
}

/** Follows the reader's selection, which outlives focus, so the toolbar can take focus and still tag it. */
export function useReaderSelection(editor: Editor | null): ReaderSelectionState {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!editor) return undefined;
    const update = () => setSelection(read(editor));
    const stopDragging = () => {
      setDragging(false);
      update();
    };
    editor.on("selectionUpdate", update);
    window.addEventListener("mouseup", stopDragging);
    window.addEventListener("resize", update);
    return () => {
      editor.off("selectionUpdate", update);
      window.removeEventListener("mouseup", stopDragging);
      window.removeEventListener("resize", update);
    };
  }, [editor]);

  const startDragging = useCallback(() => setDragging(true), []);
  return { selection, dragging, startDragging };
}
