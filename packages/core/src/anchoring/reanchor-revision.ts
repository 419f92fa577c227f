import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { type BlockWordIndex, blockWordIndex } from "./block-word-index.ts";
import { placeAnnotation, type PlacingContext } from "./place-annotation.ts";
import type { Successors } from "./revision-region.ts";
import { revisionText } from "./revision-text.ts";
import type { TextBlock } from "./text-block.ts";

/** An annotation as it stood in the previous revision. */
export interface AnnotationToPlace {
  id: string;
  target: TextTarget;
  quote: TextQuote;
}

/**
 * How an annotation was found in the new revision: `exact` at its paragraph and offsets; `shifted`, its
 * quote verbatim elsewhere in its paragraph or the paragraphs it was split into or merged with (or
 * elsewhere with its context); `fuzzy`, an approximate match for a person to confirm; `orphaned`, its words gone.
 */
export type PlacementState = "exact" | "shifted" | "fuzzy" | "orphaned";

export type Placement =
  { id: string; state: "exact" | "shifted" | "fuzzy"; target: TextTarget; quote: TextQuote } | { id: string; state: "orphaned" };

export interface PlacementCounts {
  total: number;
  exact: number;
  shifted: number;
  fuzzy: number;
  orphaned: number;
}

/**
 * Re-anchors a statement's annotations in its new revision (DESIGN.md, re-anchoring; issue 13): `blocks`
 * are the new revision's blocks in reading order, headings included; `successors` is alignRevision's map
 * from each old ID to the new IDs its text went to (an ID missing from it stands for itself when the
 * revision still has it). The quote and context of each placement are read from the new text.
 * Placements come in the order of `annotations`. The new text is indexed once; the cheap exact checks
 * come first, and approx-string-match runs only for what they leave, in the annotation's own
 * paragraphs before the rest of the statement.
 */
export function reanchorRevision(
  annotations: readonly AnnotationToPlace[],
  blocks: readonly TextBlock[],
  successors: Successors,
): { placements: Placement[]; counts: PlacementCounts } {
  let words: BlockWordIndex | null = null;
  const context: PlacingContext = { text: revisionText(blocks), successors, words: () => (words ??= blockWordIndex(blocks)) };
  const counts: PlacementCounts = { total: annotations.length, exact: 0, shifted: 0, fuzzy: 0, orphaned: 0 };
  const placements = annotations.map((annotation): Placement => {
    const found = placeAnnotation(annotation.quote, annotation.target, context);
    if (!found) {
      counts.orphaned += 1;
      return { id: annotation.id, state: "orphaned" };
    }
    counts[found.state] += 1;
    return { id: annotation.id, state: found.state, target: found.candidate.target, quote: found.candidate.quote };
  });
  return { placements, counts };
}
