import type { Editor } from "@tiptap/core";
import type { Annotation } from "@verbatim/contract";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TextPoint } from "@verbatim/core";
import { indexBlocks, pointAt } from "./block-index.ts";
import { annotationsAt, type SpanLookup } from "./highlight-hit.ts";
import { caretRect, charAt } from "./view-geometry.ts";

/** The card over a highlight: the annotations there, the line they were found on, and what found them. */
export interface CardState {
  annotations: Annotation[];
  anchor: DOMRect;
  /** The text's box when the anchor was measured. */
  box: DOMRect;
  source: "pointer" | "caret";
}

const SHOW_MS = 150;
const HIDE_MS = 250;
const sameAnnotations = (a: CardState | null, b: readonly Annotation[]) =>
  a !== null && a.annotations.length === b.length && a.annotations.every((x, i) => x === b[i]);

/**
 * Shows a card for the highlights under the pointer, or, for keyboard users, under the caret. The pointer's
 * card waits a moment before it appears and before it goes, so the pointer can move onto it (it has links).
 */
export function useHighlightCard(editor: Editor | null, lookup: SpanLookup, focused: boolean) {
  const [pointerCard, setPointerCard] = useState<CardState | null>(null);
  const [caret, setCaret] = useState<{ point: TextPoint; head: number; anchor: DOMRect; box: DOMRect } | null>(null);
  // Where the caret was when the card was dismissed (after a save): its card waits until the caret moves.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const shown = useRef<CardState | null>(null);
  const pending = useRef<CardState | null>(null);
  const timer = useRef(0);
  const frame = useRef(0);
  const overCard = useRef(false);

  const show = useCallback((next: CardState | null) => {
    pending.current = null;
    shown.current = next;
    setPointerCard(next);
  }, []);
  const later = useCallback((ms: number, fn: () => void) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(fn, ms);
  }, []);
  const hideSoon = useCallback(() => {
    pending.current = null;
    if (shown.current) later(HIDE_MS, () => overCard.current || show(null));
    else window.clearTimeout(timer.current);
  }, [later, show]);

  const onPointerMove = useCallback(
    (event: MouseEvent) => {
      if (!editor || event.buttons !== 0) return;
      const { clientX: x, clientY: y } = event;
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        const hit = charAt(editor.view, x, y);
        const found = hit ? annotationsAt(lookup, hit.point, "char") : [];
        if (!hit || found.length === 0) return hideSoon();
        if (sameAnnotations(shown.current, found)) return window.clearTimeout(timer.current);
        if (sameAnnotations(pending.current, found)) return undefined;
        const anchor = new DOMRect(x, hit.rect.top, 0, hit.rect.height);
        const next: CardState = { annotations: found, anchor, box: editor.view.dom.getBoundingClientRect(), source: "pointer" };
        if (shown.current) {
          window.clearTimeout(timer.current);
          return show(next);
        }
        pending.current = next;
        return later(SHOW_MS, () => show(next));
      });
    },
    [editor, lookup, hideSoon, later, show],
  );

  // The caret's place is followed from the editor's events; which highlights it touches is derived in render.
  useEffect(() => {
    if (!editor) return undefined;
    const update = () => {
      const { selection, doc } = editor.state;
      const point = selection.empty ? pointAt(indexBlocks(doc), selection.head, "start") : null;
      const box = editor.view.dom.getBoundingClientRect();
      setCaret(point ? { point, head: selection.head, anchor: caretRect(editor.view, selection.head), box } : null);
      setDismissedAt((at) => (at === selection.head && selection.empty ? at : null));
    };
    editor.on("selectionUpdate", update);
    editor.on("focus", update);
    return () => {
      editor.off("selectionUpdate", update);
      editor.off("focus", update);
    };
  }, [editor]);

  const caretCard = useMemo((): CardState | null => {
    const found = caret && caret.head !== dismissedAt ? annotationsAt(lookup, caret.point, "caret") : [];
    return caret && found.length > 0 ? { annotations: found, anchor: caret.anchor, box: caret.box, source: "caret" } : null;
  }, [caret, lookup, dismissedAt]);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  return {
    card: pointerCard ?? (focused ? caretCard : null),
    onPointerMove,
    onPointerLeave: hideSoon,
    onCardEnter: useCallback(() => {
      overCard.current = true;
      window.clearTimeout(timer.current);
    }, []),
    onCardLeave: useCallback(() => {
      overCard.current = false;
      hideSoon();
    }, [hideSoon]),
    /** Hides the card, the caret's until the caret moves: after a save it would cover the words just tagged. */
    dismiss: useCallback(() => {
      show(null);
      if (editor?.state.selection.empty) setDismissedAt(editor.state.selection.head);
    }, [editor, show]),
  };
}
