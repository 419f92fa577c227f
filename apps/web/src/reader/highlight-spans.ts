import type { Annotation } from "@verbatim/contract";
import type { BlockIndex, TextRun } from "./block-index.ts";

/** The part of one annotation that lies in one block: what gets painted. */
export interface HighlightSpan extends TextRun {
  annotation: Annotation;
}

interface TargetLike {
  paragraphId: string;
  start: number;
  end: number;
  endParagraphId?: string | undefined;
}

/**
 * A target as one run per block it covers (a painted range must not run over the margin numbers between
 * paragraphs); null when it does not fit the current text, such as an orphan waiting to be placed again.
 */
export function targetRuns(index: BlockIndex, target: TargetLike): TextRun[] | null {
  const { paragraphId, start, end, endParagraphId } = target;
  const first = index.byId.get(paragraphId);
  const last = index.byId.get(endParagraphId ?? paragraphId);
  if (first === undefined || last === undefined || last < first) return null;
  const a = index.blocks[first];
  const b = index.blocks[last];
  if (!a || !b || start < 0 || start > a.text.length || end < 0 || end > b.text.length) return null;
  if (first === last) return end > start ? [{ block: first, start, end }] : null;
  const runs: TextRun[] = [];
  if (start < a.text.length) runs.push({ block: first, start, end: a.text.length });
  for (let i = first + 1; i < last; i++) {
    const length = index.blocks[i]?.text.length ?? 0;
    if (length > 0) runs.push({ block: i, start: 0, end: length });
  }
  if (end > 0) runs.push({ block: last, start: 0, end });
  return runs;
}

/** Every annotation's runs, each tagged with its annotation; annotations that do not fit are left out. */
export function highlightSpans(index: BlockIndex, annotations: readonly Annotation[]): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  for (const annotation of annotations) {
    for (const run of targetRuns(index, annotation.target) ?? []) spans.push({ annotation, ...run });
  }
  return spans;
}
