import { TextSelection } from "@tiptap/pm/state";
import { useLayoutEffect, useMemo } from "react";
import { type BlockIndex, indexBlocks, type TextRun } from "./block-index.ts";
import { prefersReducedMotion } from "./block-element.ts";
import { targetRuns } from "./highlight-spans.ts";
import type { ReaderView } from "./use-reader-editor.ts";
import { charRect } from "./view-geometry.ts";

interface SuggestionTarget {
  paragraphId: string;
  start: number;
  end: number;
}

/** What suggestion mode paints: every open suggestion grey and dotted, and the current one stronger. */
export interface SuggestionMarks {
  targets: readonly SuggestionTarget[];
  current: { id: string; target: SuggestionTarget } | null;
}

const runsOf = (index: BlockIndex, targets: readonly SuggestionTarget[]): TextRun[] =>
  targets.flatMap((target) => targetRuns(index, target) ?? []);

/** Room kept above and below the current suggestion before the page scrolls to it. */
const SCROLL_MARGIN = 96;

/**
 * Paints suggestions as two highlight layers of the reader's painter (the same Custom Highlight API as the
 * annotations, so the text keeps one text node per paragraph and its offsets), and selects the current one: the
 * selection is where Tab continues from, what a screen reader reads, and what scrolls into view.
 */
export function useSuggestionMarks(reader: ReaderView | null, marks: SuggestionMarks | null): void {
  const index = useMemo(() => (reader ? indexBlocks(reader.editor.state.doc) : null), [reader]);
  const targets = marks?.targets;
  const current = marks?.current ?? null;

  useLayoutEffect(() => {
    if (!reader || !index) return;
    reader.painter.paintOverlay("vb-suggestion", targets ? runsOf(index, targets) : []);
  }, [reader, index, targets]);

  const currentId = current?.id ?? null;
  useLayoutEffect(() => {
    if (!reader || !index) return;
    const runs = current ? (targetRuns(index, current.target) ?? []) : [];
    reader.painter.paintOverlay("vb-suggestion-current", runs);
    const first = runs[0];
    const last = runs[runs.length - 1];
    const fromBlock = first && index.blocks[first.block];
    const toBlock = last && index.blocks[last.block];
    if (!first || !last || !fromBlock || !toBlock) return;
    const { view } = reader.editor;
    const from = fromBlock.from + first.start;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, toBlock.from + last.end)));
    const rect = charRect(view, from);
    if (rect && (rect.top < SCROLL_MARGIN || rect.bottom > window.innerHeight - SCROLL_MARGIN)) {
      window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: prefersReducedMotion() ? "auto" : "smooth" });
    }
    // Only a new current suggestion selects and scrolls; the list refreshing around it must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reader, index, currentId]);
}
