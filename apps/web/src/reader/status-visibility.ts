import type { Annotation } from "@verbatim/contract";
import { REVIEW_STATUSES, type ReviewStatus } from "@verbatim/core";

export type ShownStatuses = ReadonlySet<ReviewStatus>;

export const ALL_STATUSES: ShownStatuses = new Set(REVIEW_STATUSES);

/** What the reader paints until asked otherwise: rejected readings stay out of the way of the text. */
export const DEFAULT_SHOWN_STATUSES: ShownStatuses = new Set(REVIEW_STATUSES.filter((s) => s !== "rejected"));

export function withStatus(shown: ShownStatuses, status: ReviewStatus, on: boolean): ShownStatuses {
  const next = new Set(shown);
  if (on) next.add(status);
  else next.delete(status);
  return next;
}

/** The selected annotation's ID when its status is hidden, else null: choosing it in the panel still shows it. */
export function hiddenSelection(annotations: readonly Annotation[], shown: ShownStatuses, selectedId: string | null): string | null {
  if (!selectedId || shown.size === REVIEW_STATUSES.length) return null;
  return annotations.some((a) => a.id === selectedId && !shown.has(a.status)) ? selectedId : null;
}

/**
 * The annotations to paint: those with a shown status, plus `keepId`'s. With every status shown it is the list
 * itself, so the spans built from it are not rebuilt.
 */
export function visibleAnnotations(annotations: readonly Annotation[], shown: ShownStatuses, keepId: string | null): readonly Annotation[] {
  if (shown.size === REVIEW_STATUSES.length) return annotations;
  return annotations.filter((a) => shown.has(a.status) || a.id === keepId);
}

/** How many annotations have each status, for the filter's labels (so a hidden status still says it has some). */
export function statusCounts(annotations: readonly Pick<Annotation, "status">[]): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { proposed: 0, accepted: 0, rejected: 0, disputed: 0 };
  for (const a of annotations) counts[a.status] += 1;
  return counts;
}
