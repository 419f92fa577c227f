import type { AnnotationProvenance, CreateAnnotationRequest } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assertRevisionCurrent } from "../statements/find-statement.ts";
import { forbidden } from "../../http/app-error.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";
import { canCreateAnnotation } from "./annotation-policy.ts";
import { spanOf } from "./anchor-target.ts";
import { statementWithSpan } from "./span-blocks-sql.ts";
import { insertCreatedAnnotation } from "./create-annotation-sql.ts";
import { prepareAnnotation } from "./prepare-annotation.ts";
import { retryIfCodeGone } from "../codebook/code-gone.ts";

export interface CreateAnnotationOptions {
  actor: Actor;
  idOrSlug: string;
  input: CreateAnnotationRequest;
  /** Where it came from: a suggestion's rule when accepted from one (features/suggestions/); drawn by hand otherwise. */
  provenance?: AnnotationProvenance;
  /**
   * Checks made in the write's transaction, just before the insert, that may refuse it by throwing (accepting a
   * suggestion: that no annotation covers it by now, under a lock; features/suggestions/suggestion-accept-lock-sql.ts).
   */
  guard?: (tx: Prisma.TransactionClient) => Promise<void>;
  /** Further writes in the same transaction (the stored answer to an idempotent request). */
  alongside?: (tx: Prisma.TransactionClient, created: AnnotationWithReview) => Promise<void>;
}

export async function createAnnotation(db: Db, opts: CreateAnnotationOptions): Promise<AnnotationWithReview> {
  const { actor, input } = opts;
  if (!canCreateAnnotation(actor)) throw forbidden();
  const { statement, blocks } = await statementWithSpan(
    db,
    { workspaceId: actor.workspaceId, idOrSlug: opts.idOrSlug },
    spanOf(input.target),
  );
  assertRevisionCurrent(statement, input.revision);
  // Its codes are found (or made) first; one that a merge removes before the write lands is found again.
  return retryIfCodeGone(async () => {
    const created = await prepareAnnotation(db, { actor, statement, blocks, input, provenance: opts.provenance });
    const { alongside, guard } = opts;
    if (!alongside && !guard) {
      await insertCreatedAnnotation(db, created);
      return created.view;
    }
    return db.$transaction(async (tx) => {
      await guard?.(tx);
      await insertCreatedAnnotation(tx, created);
      await alongside?.(tx, created.view);
      return created.view;
    });
  });
}
