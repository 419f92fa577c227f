import type { AnchorState, AnnotationView, TextQuote, TextTarget } from "@verbatim/core";

/** A history entry that set an annotation's place: its new target and quote, and when it was written. */
export interface PlaceEntry {
  annotationId: string;
  at: Date;
  target: TextTarget;
  quote: TextQuote;
  /** The anchor state it left the annotation in; entries written before anchors (creation, edits) have none. */
  state: AnchorState | null;
  /**
   * The revision it was written for, when its snapshots say (a revision's re-anchoring: the revision it placed the
   * annotation in, or for an orphan the one after the revision it was left in); else it is dated by `at`.
   */
  revision: number | null;
}

/** A revision's number and when it became current. */
export interface RevisionTime {
  number: number;
  createdAt: Date;
}

/** The revision that was current when `at` happened: the last one created at or before it (the first, else). */
function revisionAt(at: Date, revisions: readonly RevisionTime[]): number {
  let current = revisions[0]?.number ?? 1;
  for (const r of revisions) if (r.createdAt.getTime() <= at.getTime()) current = r.number;
  return current;
}

/**
 * An annotation as it stood in revision `n`, from the entries of its history that placed it (created, imported, an
 * edit of its target, a revision's re-anchoring, a person's placing), oldest first: the place the last of them
 * current in `n` gave it. An entry counts from the revision it names, else from the one current when it was written.
 * Null when it was not on that text: made later, or orphaned by then.
 */
export function annotationAsOf<A extends AnnotationView>(
  annotation: A,
  entries: readonly PlaceEntry[],
  revisions: readonly RevisionTime[],
  n: number,
): A | null {
  let place: PlaceEntry | null = null;
  for (const entry of entries) if ((entry.revision ?? revisionAt(entry.at, revisions)) <= n) place = entry;
  if (!place || place.state === "orphaned") return null;
  const state = place.state ?? "anchored";
  return { ...annotation, target: place.target, quote: place.quote, anchor: { state, revision: n } };
}
