import type { AnnotationProvenance, AnnotationReviewInfo } from "@verbatim/contract";
import type { AnnotationView, CodeRef } from "@verbatim/core";

/** The annotation object the API returns: the core view plus the review in force, its codes always, and where it came from. */
export type AnnotationWithReview = AnnotationView & {
  review: AnnotationReviewInfo | null;
  codes: CodeRef[];
  provenance: AnnotationProvenance;
};

export interface LatestReview {
  status: string;
  comment: string | null;
  at: Date | string;
  reviewer: { id: string; name: string };
}

/**
 * The latest review is in force while the annotation keeps the status it gave: an edit sends the annotation
 * back to proposed (and so voids the review), a deletion and a restoration leave both as they were.
 */
export function reviewInForce(status: string, latest: LatestReview | null | undefined): AnnotationReviewInfo | null {
  if (!latest || status === "proposed" || latest.status !== status) return null;
  return {
    status: latest.status as AnnotationReviewInfo["status"],
    reviewer: latest.reviewer,
    at: typeof latest.at === "string" ? latest.at : latest.at.toISOString(),
    comment: latest.comment,
  };
}
