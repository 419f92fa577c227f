import type { Annotation } from "@verbatim/contract";
import { ANNOTATION_KINDS, type AnnotationKind } from "@verbatim/core";
import type { TextRun } from "./block-index.ts";
import type { HighlightSpan } from "./highlight-spans.ts";

/** How much a kind's colour fills the text: accepted in full, the rest light, an unsaved tag light and dotted. */
export type Fill = "full" | "light" | "unsaved";
const FILLS: readonly Fill[] = ["full", "light", "unsaved"];

export const kindLayer = (kind: AnnotationKind, fill: Fill): string => `vb-${kind}-${fill}`;

/** Marks drawn over the kind's line (annotation-scheme.css): disputed wavy, rejected struck through. */
export const STATUS_LAYERS = ["vb-status-disputed", "vb-status-rejected"] as const;

/** Paint layers in order: each kind at each fill, the status marks, then the two overlap tints. */
export const BASE_LAYERS: readonly string[] = [
  ...ANNOTATION_KINDS.flatMap((kind) => FILLS.map((fill) => kindLayer(kind, fill))),
  ...STATUS_LAYERS,
  "vb-overlap-2",
  "vb-overlap-3",
];
const KIND_LAYER_COUNT = ANNOTATION_KINDS.length * FILLS.length;
const MARKED_LAYER_COUNT = KIND_LAYER_COUNT + STATUS_LAYERS.length;
const OVERLAP_2 = MARKED_LAYER_COUNT;
const OVERLAP_3 = MARKED_LAYER_COUNT + 1;
const CODE_BITS = 32;

const isPending = (id: string): boolean => id.startsWith("optimistic-");

export function fillOf(annotation: Pick<Annotation, "id" | "status">): Fill {
  if (isPending(annotation.id)) return "unsaved";
  return annotation.status === "accepted" ? "full" : "light";
}

/** The status mark's layer index, or -1 for none (accepted, proposed, and tags not yet saved). */
function statusLayerOf(annotation: Pick<Annotation, "id" | "status">): number {
  if (isPending(annotation.id)) return -1;
  const mark = STATUS_LAYERS.indexOf(`vb-status-${annotation.status}` as (typeof STATUS_LAYERS)[number]);
  return mark < 0 ? -1 : KIND_LAYER_COUNT + mark;
}

function edgesByBlock(spans: readonly HighlightSpan[]): Map<number, number[]> {
  const byBlock = new Map<number, number[]>();
  for (const span of spans) {
    const { annotation } = span;
    const layer = ANNOTATION_KINDS.indexOf(annotation.kind) * FILLS.length + FILLS.indexOf(fillOf(annotation));
    const edges = byBlock.get(span.block) ?? [];
    // Offset and what happens there packed in one number, so a plain numeric sort orders the sweep.
    edges.push(span.start * CODE_BITS + layer * 2 + 1, span.end * CODE_BITS + layer * 2);
    const mark = statusLayerOf(annotation);
    if (mark >= 0) edges.push(span.start * CODE_BITS + mark * 2 + 1, span.end * CODE_BITS + mark * 2);
    byBlock.set(span.block, edges);
  }
  return byBlock;
}

function sweepBlock(block: number, packed: readonly number[], out: TextRun[][]): void {
  const edges = Float64Array.from(packed).sort();
  const counts = new Int32Array(MARKED_LAYER_COUNT);
  const openAt = new Int32Array(BASE_LAYERS.length).fill(-1);
  let depth = 0;
  let i = 0;
  while (i < edges.length) {
    const offset = Math.floor((edges[i] ?? 0) / CODE_BITS);
    for (; i < edges.length && Math.floor((edges[i] ?? 0) / CODE_BITS) === offset; i++) {
      const code = (edges[i] ?? 0) % CODE_BITS;
      const delta = code & 1 ? 1 : -1;
      counts[code >> 1] = (counts[code >> 1] ?? 0) + delta;
      // Overlap counts annotations: a status mark is a second edge of an annotation already counted.
      if (code >> 1 < KIND_LAYER_COUNT) depth += delta;
    }
    for (let layer = 0; layer < BASE_LAYERS.length; layer++) {
      const covered = layer === OVERLAP_2 ? depth >= 2 : layer === OVERLAP_3 ? depth >= 3 : (counts[layer] ?? 0) > 0;
      const from = openAt[layer] ?? -1;
      if (covered && from < 0) openAt[layer] = offset;
      else if (!covered && from >= 0) {
        out[layer]?.push({ block, start: from, end: offset });
        openAt[layer] = -1;
      }
    }
  }
}

/**
 * The runs each base layer paints: per kind and fill, the union of its annotations' spans; per status mark, the
 * spans of the annotations with that status; and where two or three or more annotations of any kind overlap.
 * Merging keeps the number of ranges the browser paints well below the number of annotations.
 */
export function layerRuns(spans: readonly HighlightSpan[]): Map<string, TextRun[]> {
  const out: TextRun[][] = BASE_LAYERS.map(() => []);
  for (const [block, packed] of edgesByBlock(spans)) sweepBlock(block, packed, out);
  return new Map(BASE_LAYERS.map((name, layer) => [name, out[layer] ?? []]));
}
