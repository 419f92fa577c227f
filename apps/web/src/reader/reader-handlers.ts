import type { EditorView } from "@tiptap/pm/view";
import type { AnnotationKind } from "@verbatim/core";
import { indexBlocks } from "./block-index.ts";
import { blockElement } from "./block-element.ts";
import { annotationsAt, nextToOpen, type SpanLookup } from "./highlight-hit.ts";
import { showCopied } from "./paragraph-view.ts";
import type { ReaderHandlers } from "./reader-interactions.ts";
import type { TargetDraft } from "../annotations/index.ts";
import { charAt, selectionGeometry } from "./view-geometry.ts";

interface HandlerInputs {
  lookup: SpanLookup;
  selectedId: string | null;
  onSelectAnnotation(id: string): void;
  onTag(kind: AnnotationKind, target: TargetDraft, anchorRect: DOMRect | null): void;
  onPointerMove(event: MouseEvent): void;
  onPointerLeave(): void;
  onPointerDown(): void;
  onCopyReference(paragraphId: string): Promise<boolean>;
}

/** The selection's bounds as they are now, for placing the tagging form. */
export function selectionBounds(view: EditorView | undefined): DOMRect | null {
  if (!view) return null;
  const { from, to } = view.state.selection;
  return from < to ? selectionGeometry(view, from, to).bounds : null;
}

/** What the editor's plugin calls, from the reader's current props (the component refreshes it each render). */
export function readerHandlers(inputs: HandlerInputs): ReaderHandlers {
  const { lookup, selectedId, onSelectAnnotation, onTag, onCopyReference } = inputs;
  const open = (found: ReturnType<typeof annotationsAt>) => {
    const next = nextToOpen(found, selectedId);
    if (next) onSelectAnnotation(next.id);
  };
  return {
    onTagKey: (view, kind, target) => onTag(kind.kind, target, selectionBounds(view)),
    onActivateAt: (point) => open(annotationsAt(lookup, point, "caret")),
    onCopyAt: (view, point) => {
      const block = indexBlocks(view.state.doc).blocks[point.block];
      const link = block && blockElement(view, block)?.querySelector<HTMLElement>(".paragraph-ref");
      if (block) void onCopyReference(block.id).then((copied) => link && showCopied(link, copied));
    },
    onClick: (view, event) => {
      // Shift extends a selection and a double click selects a word: neither opens a highlight.
      if (event.shiftKey || event.detail > 1) return;
      const hit = charAt(view, event.clientX, event.clientY);
      if (hit) open(annotationsAt(lookup, hit.point, "char"));
    },
    onPointerMove: inputs.onPointerMove,
    onPointerLeave: inputs.onPointerLeave,
    onPointerDown: inputs.onPointerDown,
  };
}
