import { err, ok, type Result } from "../model/result.ts";
import type { ReviewStatus } from "../model/taxonomy.ts";

/** What a reviewer can decide; "proposed" is where an annotation starts and where an edit sends it back. */
export const REVIEW_DECISIONS = ["accepted", "rejected", "disputed"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export type ReviewEvent =
  /** A reviewer accepts, rejects or disputes the annotation (DESIGN.md: POST /api/annotations/:id/reviews). */
  | { type: "review"; decision: ReviewStatus }
  /** Its author or an admin changes the annotation's kind, target, attributes, labels or note. */
  | { type: "edit" };

export interface ReviewTransition {
  from: ReviewStatus;
  to: ReviewStatus;
  /** False when the status stays as it was: an edit of a proposed annotation, or a review repeating the decision. */
  changed: boolean;
  /** A reviewer replaced an earlier, different decision (accepted → rejected). */
  revisesReview: boolean;
}

export type ReviewTransitionErrorCode = "not_a_decision";

export interface ReviewTransitionError {
  code: ReviewTransitionErrorCode;
  message: string;
}

export const isReviewDecision = (status: string): status is ReviewDecision => (REVIEW_DECISIONS as readonly string[]).includes(status);

/**
 * The review state machine (DESIGN.md, "Review status"): proposed → accepted | rejected | disputed; a
 * reviewer may change a decision at any time (accepted → rejected, disputed → accepted, …); an edit sends
 * any reviewed annotation back to proposed. Who may do which is the API's policy, not this function's.
 *
 * A review that repeats the current decision is allowed and reported as unchanged rather than refused:
 * a second reviewer who accepts an accepted annotation confirms it, and their review is worth recording.
 * The one thing refused is a review whose decision is "proposed": only an edit reopens an annotation.
 */
export function transitionReview(from: ReviewStatus, event: ReviewEvent): Result<ReviewTransition, ReviewTransitionError> {
  if (event.type === "edit") return ok({ from, to: "proposed", changed: from !== "proposed", revisesReview: false });
  const to = event.decision;
  if (!isReviewDecision(to))
    return err({ code: "not_a_decision", message: `a review accepts, rejects or disputes; "${to}" is not a decision` });
  return ok({ from, to, changed: from !== to, revisesReview: from !== "proposed" && from !== to });
}

/** The decisions that would change the annotation's status: what a review queue offers as actions. */
export const availableDecisions = (from: ReviewStatus): ReviewDecision[] => REVIEW_DECISIONS.filter((decision) => decision !== from);
