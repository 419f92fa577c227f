import { transitionReview } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";
import { presentAnnotation } from "../annotations/annotation.ts";
import { canReviewAnnotation } from "../annotations/annotation-policy.ts";
import { findAnnotation } from "../annotations/find-annotation.ts";
import { versionConflict } from "../annotations/version-conflict.ts";
import { writeAnnotationChange } from "../annotations/write-annotation-change.ts";
import { notifyVerdict } from "../discussion/inbox-verdict.ts";

export interface ReviewInput {
  status: "accepted" | "rejected" | "disputed";
  comment?: string | undefined;
  version: number;
}

/**
 * Records a reviewer's decision (core's transitionReview: any decision from any status; repeating the current
 * one is recorded too, as a confirmation). The review row, the new status and the author's inbox item go in one change.
 */
export async function reviewAnnotation(db: DbOrTx, opts: { actor: Actor; id: string; input: ReviewInput }): Promise<AnnotationWithReview> {
  const { actor, input } = opts;
  if (!canReviewAnnotation(actor)) throw forbidden("only reviewers and admins review annotations");
  const before = presentAnnotation(await findAnnotation(db, actor.workspaceId, opts.id));
  if (input.version !== before.version) throw versionConflict(actor, before);
  const transition = transitionReview(before.status, { type: "review", decision: input.status });
  if (!transition.ok) throw new AppError("validation_failed", transition.error.message, { status: input.status });
  const comment = input.comment || null;
  return writeAnnotationChange({
    db,
    actor,
    before,
    expectedVersion: input.version,
    action: "reviewed",
    data: { status: transition.value.to },
    alongside: async (tx, view): Promise<AnnotationWithReview> => {
      const review = await tx.review.create({
        data: {
          annotationId: view.id,
          statementId: view.statementId,
          reviewerId: actor.userId,
          status: input.status,
          comment,
          annotationVersion: view.version,
        },
        select: { id: true, createdAt: true, reviewer: { select: { id: true, name: true } } },
      });
      await notifyVerdict(tx, {
        workspaceId: actor.workspaceId,
        annotationId: view.id,
        authorId: view.author.id,
        reviewId: review.id,
        reviewerId: actor.userId,
      });
      return { ...view, review: { status: input.status, reviewer: review.reviewer, at: review.createdAt.toISOString(), comment } };
    },
  });
}
