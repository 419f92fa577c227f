import { ANNOTATION_KINDS, type AnnotationKind } from "@verbatim/core";
import type { TextRun } from "./block-index.ts";
import type { HighlightSpan } from "./highlight-spans.ts";

export const kindLayer = (kind: AnnotationKind, pending: boolean): string => `vb-${kind}${pending ? "-pending" : ""}`;

/** Paint layers in order: saved and pending (optimistic) per kind, then the two overlap tints. */
export const BASE_LAYERS: readonly string[] = [
  ...ANNOTATION_KINDS.flatMap((kind) => [kindLayer(kind, false), kindLayer(kind, true)]),
  "vb-overlap-2",
  "vb-overlap-3",
];
const KIND_LAYER_COUNT = ANNOTATION_KINDS.length * 2;
const OVERLAP_2 = KIND_LAYER_COUNT;
const OVERLAP_3 = KIND_LAYER_COUNT + 1;
const CODE_BITS = 16;

const isPending = (id: string): boolean => id.startsWith("optimistic-");

function edgesByBlock(spans: readonly HighlightSpan[]): Map<number, number[]> {
  const byBlock = new Map<number, number[]>();
  for (const span of spans) {
    const layer = ANNOTATION_KINDS.indexOf(span.annotation.kind) * 2 + (isPending(span.annotation.id) ? 1 : 0);
    const edges = byBlock.get(span.block) ?? [];
    // Offset and what happens there packed in one number, so a plain numeric sort orders the sweep.
    edges.push(span.start * CODE_BITS + layer * 2 + 1, span.end * CODE_BITS + layer * 2);
    byBlock.set(span.block, edges);
  }
  return byBlock;
}

function sweepBlock(block: number, packed: readonly number[], out: TextRun[][]): void {
  const edges = Float64Array.from(packed).sort();
  const counts = new Int32Array(KIND_LAYER_COUNT);
  const openAt = new Int32Array(BASE_LAYERS.length).fill(-1);
  let depth = 0;
  let i = 0;
  while (i < edges.length) {
    const offset = Math.floor((edges[i] ?? 0) / CODE_BITS);
    for (; i < edges.length && Math.floor((edges[i] ?? 0) / CODE_BITS) === offset; i++) {
      const code = (edges[i] ?? 0) % CODE_BITS;
      const delta = code & 1 ? 1 : -1;
      counts[code >> 1] = (counts[code >> 1] ?? 0) + delta;
      depth += delta;
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
 * The runs each base layer paints: per kind, the union of its annotations' spans (saved and pending apart),
 * and where two or three or more annotations of any kind overlap. Merging keeps the number of ranges the
 * browser paints well below the number of annotations.
 */
export function layerRuns(spans: readonly HighlightSpan[]): Map<string, TextRun[]> {
  const out: TextRun[][] = BASE_LAYERS.map(() => []);
  for (const [block, packed] of edgesByBlock(spans)) sweepBlock(block, packed, out);
  return new Map(BASE_LAYERS.map((name, layer) => [name, out[layer] ?? []]));
}
