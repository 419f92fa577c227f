import type { Annotation } from "@verbatim/contract";
import { useLayoutEffect, useMemo, type RefObject } from "react";
import { indexBlocks } from "./block-index.ts";
import { lookupSpans, type SpanLookup } from "./highlight-hit.ts";
import { layerRuns } from "./highlight-layers.ts";
import { highlightSpans, targetRuns } from "./highlight-spans.ts";
import { hiddenSelection, type ShownStatuses, visibleAnnotations } from "./status-visibility.ts";
import type { TargetDraft } from "../annotations/index.ts";
import type { ReaderView } from "./use-reader-editor.ts";

interface HighlightOptions {
  annotations: readonly Annotation[];
  loading: boolean;
  /** Review statuses whose highlights are painted; the selected annotation is painted whatever its status. */
  shownStatuses: ShownStatuses;
  selectedId: string | null;
  draft: TargetDraft | null;
  /** Gets `data-highlights-painted` (the count) once painted, for benchmarks and tests to wait on. */
  host: RefObject<HTMLElement | null>;
}

const EMPTY: SpanLookup = { byBlock: new Map(), byAnnotation: new Map() };

/** Paints the annotations, the selected one and the draft span; returns the spans for hit-testing. */
export function useHighlights(reader: ReaderView | null, options: HighlightOptions): SpanLookup {
  const { annotations, loading, shownStatuses, selectedId, draft, host } = options;
  const index = useMemo(() => (reader ? indexBlocks(reader.editor.state.doc) : null), [reader]);
  const keep = useMemo(() => hiddenSelection(annotations, shownStatuses, selectedId), [annotations, shownStatuses, selectedId]);
  const visible = useMemo(() => visibleAnnotations(annotations, shownStatuses, keep), [annotations, shownStatuses, keep]);
  const spans = useMemo(() => (index ? highlightSpans(index, visible) : []), [index, visible]);
  const lookup = useMemo(() => (spans.length > 0 ? lookupSpans(spans) : EMPTY), [spans]);

  useLayoutEffect(() => {
    if (!reader) return;
    reader.painter.paintBase(layerRuns(spans));
    if (loading) return;
    host.current?.setAttribute("data-highlights-painted", String(annotations.length));
    performance.mark("verbatim:highlights-painted", { detail: { annotations: annotations.length } });
  }, [reader, spans, annotations.length, loading, host]);

  useLayoutEffect(() => {
    reader?.painter.paintOverlay("vb-selected", (selectedId && lookup.byAnnotation.get(selectedId)) || []);
  }, [reader, lookup, selectedId]);

  useLayoutEffect(() => {
    reader?.painter.paintOverlay("vb-draft", (index && draft && targetRuns(index, draft.target)) || []);
  }, [reader, index, draft]);

  return lookup;
}
