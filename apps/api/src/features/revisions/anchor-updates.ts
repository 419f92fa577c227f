import type { AnchorState, Placement, TextQuote, TextTarget } from "@verbatim/core";
import type { AnchoringCounts } from "@verbatim/contract";
import type { AnnotationAnchorRow } from "./revision-state-sql.ts";

/** What a revision writes to one annotation: its new place and state, and whether that is a change for its history. */
export interface AnchorUpdate {
  id: string;
  target: TextTarget;
  quote: TextQuote;
  anchorRevision: number;
  anchorState: AnchorState;
  previousQuote: TextQuote | null;
  /** A change a person would notice (the target moved, or the state changed): a new version and a history entry. */
  changed: boolean;
  before: AnchorSnapshot;
  after: AnchorSnapshot;
}

export interface AnchorSnapshot {
  target: TextTarget;
  quote: TextQuote;
  anchor: { state: AnchorState; revision: number; previousQuote?: TextQuote };
}

const snapshot = (target: TextTarget, quote: TextQuote, state: AnchorState, revision: number, previous: TextQuote | null) => ({
  target,
  quote,
  anchor: { state, revision, ...(previous ? { previousQuote: previous } : {}) },
});

const sameTarget = (a: TextTarget, b: TextTarget) =>
  a.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end && (a.endParagraphId ?? null) === (b.endParagraphId ?? null);

/**
 * The state an annotation takes from its placement in a new revision. Found on its words (exact or shifted), an
 * anchored annotation stays anchored; one still waiting for a person (fuzzy), or an orphan whose words came back,
 * waits as fuzzy, since nobody has confirmed it. A fuzzy placement waits as fuzzy, keeping the quote it had before
 * its first fuzzy move. An orphan that stays one keeps its last target, quote and revision.
 */
export function anchorUpdate(row: AnnotationAnchorRow, placement: Placement, revision: number): AnchorUpdate {
  const before = snapshot(row.target, row.quote, row.anchorState, row.anchorRevision, row.previousQuote);
  if (placement.state === "orphaned") {
    const changed = row.anchorState !== "orphaned";
    const after = snapshot(row.target, row.quote, "orphaned", row.anchorRevision, null);
    return { id: row.id, ...flat(after), changed, before, after };
  }
  const waits = placement.state === "fuzzy" || row.anchorState !== "anchored";
  const state: AnchorState = waits ? "fuzzy" : "anchored";
  const previous = waits ? (row.previousQuote ?? row.quote) : null;
  const after = snapshot(placement.target, placement.quote, state, revision, previous);
  const changed = state !== row.anchorState || !sameTarget(placement.target, row.target);
  return { id: row.id, ...flat(after), changed, before, after };
}

function flat(s: AnchorSnapshot) {
  return {
    target: s.target,
    quote: s.quote,
    anchorRevision: s.anchor.revision,
    anchorState: s.anchor.state,
    previousQuote: s.anchor.previousQuote ?? null,
  };
}

/** How the statement's live annotations (deleted ones aside) were found again. */
export function anchoringCounts(rows: readonly AnnotationAnchorRow[], placements: readonly Placement[]): AnchoringCounts {
  const counts: AnchoringCounts = { total: 0, exact: 0, shifted: 0, fuzzy: 0, orphaned: 0 };
  placements.forEach((placement, i) => {
    if (rows[i]!.deleted) return;
    counts.total += 1;
    counts[placement.state] += 1;
  });
  return counts;
}
