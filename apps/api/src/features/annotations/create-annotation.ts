import type { CreateAnnotationRequest } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { forbidden } from "../../http/app-error.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";
import { annotationInclude, presentAnnotation } from "./annotation.ts";
import { canCreateAnnotation } from "./annotation-policy.ts";
import { anchorTarget } from "./anchor-target.ts";
import { kindToDb } from "./annotation-kind.ts";
import { annotationSnapshot } from "./annotation-snapshot.ts";
import { findStatement } from "../statements/find-statement.ts";
import { noteFields } from "./note-fields.ts";
import { recordEvent } from "../live/record-event.ts";
import { rememberLabels } from "../vocabulary/remember-labels.ts";
import { validateAttributes } from "./validate-attributes.ts";

export interface CreateAnnotationOptions {
  actor: Actor;
  idOrSlug: string;
  input: CreateAnnotationRequest;
  /** Further writes in the same transaction (the stored answer to an idempotent request). */
  alongside?: (tx: Prisma.TransactionClient, created: AnnotationWithReview) => Promise<void>;
}

export async function createAnnotation(db: Db, opts: CreateAnnotationOptions): Promise<AnnotationWithReview> {
  const { actor, input } = opts;
  if (!canCreateAnnotation(actor)) throw forbidden();
  const statement = await findStatement(db, actor.workspaceId, opts.idOrSlug);
  const { target, quote } = await anchorTarget(db, statement, input.target);
  const attributes = await validateAttributes(db, actor.workspaceId, input.kind, input.attributes);
  const labels = input.labels ?? [];
  const note = noteFields(input.note) ?? { noteText: null, noteRich: null };

  return db.$transaction(async (tx) => {
    const row = await tx.annotation.create({
      data: {
        workspaceId: actor.workspaceId,
        statementId: statement.id,
        revision: statement.currentRevision,
        kind: kindToDb(input.kind),
        paragraphId: target.paragraphId,
        start: target.start,
        end: target.end,
        endParagraphId: target.endParagraphId ?? null,
        ...quote,
        attributes: attributes as object,
        labels,
        noteText: note.noteText,
        noteRich: note.noteRich ?? undefined,
        authorId: actor.userId,
      },
      include: annotationInclude,
    });
    const view = presentAnnotation(row);
    await tx.annotationChange.create({
      data: { annotationId: row.id, version: 1, action: "created", actorId: actor.userId, after: annotationSnapshot(view) as object },
    });
    await rememberLabels(tx, actor.workspaceId, labels);
    await recordEvent(tx, { workspaceId: actor.workspaceId, type: "annotation.created", actorId: actor.userId, annotation: view });
    await opts.alongside?.(tx, view);
    return view;
  });
}
