import type { Editor } from "@tiptap/core";
import { useEffect } from "react";
import { indexBlocks } from "./block-index.ts";
import { blockElement, placeCaret, prefersReducedMotion } from "./block-element.ts";
import type { SpanLookup } from "./highlight-hit.ts";
import type { HighlightPainter } from "./highlight-painter.ts";
import { charRect } from "./view-geometry.ts";

export interface Reveal {
  annotationId: string;
  /** A new number asks again for the same annotation. */
  nonce: number;
}

const FLASH_MS = 1400;

/** Scrolls to an annotation the side panel asks for and flashes its highlight. */
export function useReveal(editor: Editor | null, painter: HighlightPainter | null, lookup: SpanLookup, reveal: Reveal | null) {
  const annotationId = reveal?.annotationId;
  const nonce = reveal?.nonce;
  useEffect(() => {
    if (!editor || !painter || !annotationId) return undefined;
    const runs = lookup.byAnnotation.get(annotationId);
    const first = runs?.[0];
    const block = first && indexBlocks(editor.state.doc).blocks[first.block];
    if (!runs || !first || !block) return undefined;
    const behavior = prefersReducedMotion() ? "auto" : "smooth";
    // Measuring the first character lays out its paragraph even if `content-visibility` skipped it so far.
    const rect = charRect(editor.view, block.from + first.start);
    if (rect) window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior });
    else blockElement(editor.view, block)?.scrollIntoView({ block: "center", behavior });
    placeCaret(editor.view, block.from + first.start);
    painter.paintOverlay("vb-flash", runs);
    const timer = window.setTimeout(() => painter.paintOverlay("vb-flash", []), FLASH_MS);
    return () => {
      window.clearTimeout(timer);
      painter.paintOverlay("vb-flash", []);
    };
    // Only a new request reveals; annotations changing meanwhile must not scroll the page again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, painter, annotationId, nonce]);
}
