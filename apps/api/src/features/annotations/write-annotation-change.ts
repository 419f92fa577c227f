import type { AnnotationEventType } from "@verbatim/contract";
import type { AnnotationView } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import { type DbOrTx, inTransaction } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";
import { annotationInclude, presentAnnotation } from "./annotation.ts";
import { annotationSnapshot } from "./annotation-snapshot.ts";
import { recordEvent } from "../live/record-event.ts";
import { shareLockStatement } from "./statement-lock-sql.ts";
import { versionConflict } from "./version-conflict.ts";

export interface AnnotationWrite {
  /** A transaction to join (adopting one version and rejecting others is all or nothing), else the client. */
  db: DbOrTx;
  /** Who makes the change, in which workspace (and sees a conflict's current state). */
  actor: Actor;
  before: AnnotationView;
  /** The version the client saw; the write only happens if the row is still at it. */
  expectedVersion: number;
  /** The history action; "placed" (from Needs placing) is announced as annotation.reanchored. */
  action: "updated" | "deleted" | "restored" | "reviewed" | "placed";
  data: Prisma.AnnotationUpdateManyMutationInput;
  /**
   * The change moves the target: take the statement's share lock before the annotation's row lock, in the order a
   * revision takes them (statement, then annotations), so the two wait for each other instead of deadlocking.
   */
  movesTarget?: boolean;
  /** Sets the annotation's codes, once the row is known to be at the expected version and before it is read back. */
  recode?: (tx: Prisma.TransactionClient) => Promise<void>;
  /** Further writes in the same transaction (a review row, labels); returns the view to announce when they change it (a review). */
  alongside?: (tx: Prisma.TransactionClient, after: AnnotationWithReview) => Promise<AnnotationWithReview | void>;
}

/** Compare-and-set on `version`, with the change recorded in the annotation's history in the same transaction. */
export async function writeAnnotationChange(w: AnnotationWrite): Promise<AnnotationWithReview> {
  const after = await inTransaction(w.db, async (tx) => {
    if (w.movesTarget) await shareLockStatement(tx, w.before.statementId);
    const { count } = await tx.annotation.updateMany({
      where: { id: w.before.id, version: w.expectedVersion },
      data: { ...w.data, version: { increment: 1 } },
    });
    if (count === 0) return null;
    await w.recode?.(tx);
    const row = await tx.annotation.findUniqueOrThrow({ where: { id: w.before.id }, include: annotationInclude });
    const view = presentAnnotation(row);
    await tx.annotationChange.create({
      data: {
        annotationId: view.id,
        version: view.version,
        action: w.action,
        actorId: w.actor.userId,
        before: annotationSnapshot(w.before) as object,
        after: row.deletedAt ? Prisma.DbNull : (annotationSnapshot(view) as object),
      },
    });
    const shown = (await w.alongside?.(tx, view)) ?? view;
    const type: AnnotationEventType = w.action === "placed" ? "annotation.reanchored" : `annotation.${w.action}`;
    await recordEvent(tx, { workspaceId: w.actor.workspaceId, type, actorId: w.actor.userId, annotation: shown });
    return shown;
  });
  if (after) return after;
  const current = await w.db.annotation.findFirst({
    where: { id: w.before.id, workspaceId: w.actor.workspaceId },
    include: annotationInclude,
  });
  if (!current) throw notFound("annotation");
  throw versionConflict(w.actor, presentAnnotation(current));
}
