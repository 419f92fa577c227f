import type { EditorView } from "@tiptap/pm/view";
import type { AnnotationKind } from "@verbatim/core";
import { indexBlocks } from "./block-index.ts";
import { blockElement } from "./block-element.ts";
import { annotationsAt, nextToOpen, type SpanLookup } from "./highlight-hit.ts";
import { showCopied } from "./paragraph-view.ts";
import type { WordsAnchor } from "./popover-placement.ts";
import type { ReaderHandlers } from "./reader-interactions.ts";
import type { TargetDraft } from "../annotations/index.ts";
import { charAt, selectionGeometry } from "./view-geometry.ts";

interface HandlerInputs {
  lookup: SpanLookup;
  selectedId: string | null;
  onSelectAnnotation(id: string): void;
  onTag(kind: AnnotationKind, target: TargetDraft, anchor: WordsAnchor | null): void;
  onPointerMove(event: MouseEvent): void;
  onPointerLeave(): void;
  onPointerDown(): void;
  onCopyReference(paragraphId: string): Promise<boolean>;
}

/** The selection's lines and the text's box as they are now, for placing the tagging form beside them. */
export function selectionAnchor(view: EditorView | undefined): WordsAnchor | null {
  if (!view) return null;
  const { from, to } = view.state.selection;
  if (from >= to) return null;
  const { lines, box } = selectionGeometry(view, from, to);
  return { words: lines, column: box };
}

/** Some words' lines (a suggestion's, by paragraph and offsets) and the text's box as they are now; null off the text. */
export function wordsAnchor(view: EditorView | undefined, target: { paragraphId: string; start: number; end: number }): WordsAnchor | null {
  if (!view) return null;
  const index = indexBlocks(view.state.doc);
  const at = index.byId.get(target.paragraphId);
  const block = at === undefined ? undefined : index.blocks[at];
  if (!block || target.start >= target.end || target.end > block.text.length) return null;
  const { lines, box } = selectionGeometry(view, block.from + target.start, block.from + target.end);
  return { words: lines, column: box };
}

/** What the editor's plugin calls, from the reader's current props (the component refreshes it each render). */
export function readerHandlers(inputs: HandlerInputs): ReaderHandlers {
  const { lookup, selectedId, onSelectAnnotation, onTag, onCopyReference } = inputs;
  const open = (found: ReturnType<typeof annotationsAt>) => {
    const next = nextToOpen(found, selectedId);
    if (next) onSelectAnnotation(next.id);
  };
  return {
    onTagKey: (view, kind, target) => onTag(kind.kind, target, selectionAnchor(view)),
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
