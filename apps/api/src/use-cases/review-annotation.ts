import type { Actor } from "../auth/actor.ts";
import type { Db } from "../db/database.ts";
import { forbidden } from "../http/app-error.ts";
import { presentAnnotation } from "../presenters/annotation.ts";
import { canReviewAnnotation } from "../policies/annotation-policy.ts";
import { findAnnotation } from "./find-annotation.ts";
import { versionConflict } from "./version-conflict.ts";
import { writeAnnotationChange } from "./write-annotation-change.ts";

export interface ReviewInput {
  status: "accepted" | "rejected" | "disputed";
  comment?: string | undefined;
  version: number;
}

export async function reviewAnnotation(db: Db, opts: { actor: Actor; id: string; input: ReviewInput }) {
  const { actor, input } = opts;
  if (!canReviewAnnotation(actor)) throw forbidden("only reviewers and admins review annotations");
  const before = presentAnnotation(await findAnnotation(db, actor.workspaceId, opts.id));
  if (input.version !== before.version) throw versionConflict(before);
  return writeAnnotationChange({
    db,
    actorId: actor.userId,
    workspaceId: actor.workspaceId,
    before,
    expectedVersion: input.version,
    action: "reviewed",
    data: { status: input.status },
    alongside: async (tx, after) => {
      await tx.review.create({
        data: {
          annotationId: after.id,
          reviewerId: actor.userId,
          status: input.status,
          comment: input.comment || null,
          annotationVersion: after.version,
        },
      });
    },
  });
}
