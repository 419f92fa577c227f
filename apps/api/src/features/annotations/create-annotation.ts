import { randomUUID } from "node:crypto";
import type { CreateAnnotationRequest } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assertRevisionCurrent } from "../statements/find-statement.ts";
import { forbidden } from "../../http/app-error.ts";
import type { AnnotationWithReview } from "./annotation-review.ts";
import { canCreateAnnotation } from "./annotation-policy.ts";
import { anchorTarget, spanOf } from "./anchor-target.ts";
import { statementWithSpan } from "./span-blocks-sql.ts";
import { insertCreatedAnnotation } from "./create-annotation-sql.ts";
import { noteFields } from "./note-fields.ts";
import { validateAttributes } from "./validate-attributes.ts";
import { codesNamedBy } from "../codebook/codes-named-by.ts";
import { codedAttributes } from "./coded-attributes.ts";
import { retryIfCodeGone } from "../codebook/code-gone.ts";

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
  const { statement, blocks } = await statementWithSpan(
    db,
    { workspaceId: actor.workspaceId, idOrSlug: opts.idOrSlug },
    spanOf(input.target),
  );
  assertRevisionCurrent(statement, input.revision);
  const { target, quote } = anchorTarget(blocks, input.target);
  const attributes = await validateAttributes(db, actor.workspaceId, input.kind, input.attributes);
  const note = noteFields(input.note) ?? { noteText: null, noteRich: null };
  const now = new Date().toISOString();
  const id = randomUUID();
  // Its codes are found (or made) first; one that a merge removes before the write lands is found again.
  return retryIfCodeGone(async () => {
    const codes = await codesNamedBy(db, actor, { kind: input.kind, attributes, labels: input.labels ?? [] });
    // The annotation as presentAnnotation would read it back: nothing in it is left for the database to decide.
    const view: AnnotationWithReview = {
      id,
      statementId: statement.id,
      statementSlug: statement.slug,
      revision: statement.currentRevision,
      anchor: { state: "anchored", revision: statement.currentRevision },
      ...codedAttributes(input.kind, attributes, codes),
      target,
      quote,
      note: note.noteText,
      noteDoc: note.noteRich,
      status: "proposed",
      review: null,
      version: 1,
      author: { id: actor.userId, name: actor.name },
      createdAt: now,
      updatedAt: now,
    };
    const created = { workspaceId: actor.workspaceId, view, noteRich: note.noteRich };
    const { alongside } = opts;
    if (!alongside) {
      await insertCreatedAnnotation(db, created);
      return view;
    }
    return db.$transaction(async (tx) => {
      await insertCreatedAnnotation(tx, created);
      await alongside(tx, view);
      return view;
    });
  });
}
