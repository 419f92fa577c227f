import type { AdoptVersionRequest, AdoptVersionResponse } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { canReviewAnnotation } from "../annotations/annotation-policy.ts";
import { findStatement } from "../statements/find-statement.ts";
import { reviewAnnotation } from "../review/review-annotation.ts";
import { lockLiveAnnotations } from "./compare-sql.ts";

/**
 * "Adopt this version" in the compare view: accepts one annotation and rejects the others named, each exactly as
 * POST /api/annotations/:id/reviews would (review row, history, event), all in one transaction. A stale version
 * anywhere is a 409 with that annotation's current state, and nothing is changed. Every annotation must be a live
 * one of this statement: any other answers 404, as an annotation of another workspace does.
 */
export async function adoptVersion(
  db: Db,
  opts: { actor: Actor; idOrSlug: string; input: AdoptVersionRequest },
): Promise<AdoptVersionResponse> {
  const { actor, input } = opts;
  if (!canReviewAnnotation(actor)) throw forbidden("only reviewers and admins review annotations");
  const statement = await findStatement(db, actor.workspaceId, opts.idOrSlug);
  const ids = [input.annotationId, ...input.reject.map((r) => r.id)];
  return db.$transaction(async (tx) => {
    const found = await lockLiveAnnotations(tx, { ids, workspaceId: actor.workspaceId, statementId: statement.id });
    const missing = ids.filter((id) => !found.some((row) => row.id === id));
    if (missing.length > 0) throw new AppError("not_found", "annotation not found on this statement", { missing });
    const accepted = await reviewAnnotation(tx, { actor, id: input.annotationId, input: { status: "accepted", version: input.version } });
    const rejected = [];
    for (const other of input.reject) {
      rejected.push(await reviewAnnotation(tx, { actor, id: other.id, input: { status: "rejected", version: other.version } }));
    }
    const present = presentAnnotationFor(actor);
    return { accepted: present(accepted), rejected: rejected.map(present) };
  });
}
