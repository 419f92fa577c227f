import type { UpdateAnnotationRequest } from "@verbatim/contract";
import { transitionReview } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { forbidden } from "../../http/app-error.ts";
import { presentAnnotation } from "./annotation.ts";
import { canChangeAnnotation } from "./annotation-policy.ts";
import { kindToDb } from "./annotation-kind.ts";
import { findAnnotation } from "./find-annotation.ts";
import { noteFields } from "./note-fields.ts";
import { placeOnCurrentText } from "./place-on-current-text.ts";
import { replaceAnnotationCodes } from "../codebook/annotation-codes-sql.ts";
import { codesNamedBy } from "../codebook/codes-named-by.ts";
import { retryIfCodeGone } from "../codebook/code-gone.ts";
import { storedAttributes } from "./coded-attributes.ts";
import { validateAttributes } from "./validate-attributes.ts";
import { versionConflict } from "./version-conflict.ts";
import { writeAnnotationChange } from "./write-annotation-change.ts";

/** Editing an annotation that was reviewed sends it back to proposed (core's transitionReview), which voids its review. */
export async function updateAnnotation(db: Db, opts: { actor: Actor; id: string; input: UpdateAnnotationRequest }) {
  const { actor, input } = opts;
  const before = presentAnnotation(await findAnnotation(db, actor.workspaceId, opts.id));
  if (!canChangeAnnotation(actor, before.author.id)) throw forbidden("you may change only your own annotations");
  if (input.version !== before.version) throw versionConflict(actor, before);
  const { version: _version, revision: baseRevision, ...changes } = input;
  // Nothing to change: no new version, no history row, and a review stands.
  if (Object.values(changes).every((v) => v === undefined)) return before;

  const kind = input.kind ?? before.kind;
  const transition = transitionReview(before.status, { type: "edit" });
  // An edit always succeeds as a transition (to proposed); the review it voids stays in the history.
  const data: Prisma.AnnotationUpdateManyMutationInput = transition.ok ? { status: transition.value.to } : {};
  let attributes: Record<string, unknown> = before.attributes;
  if (input.kind !== undefined || input.attributes !== undefined) {
    data.kind = kindToDb(kind);
    attributes = await validateAttributes(db, actor.workspaceId, kind, input.attributes ?? before.attributes);
    data.attributes = storedAttributes(attributes) as object;
  }
  if (input.target) {
    const placed = { workspaceId: actor.workspaceId, statementId: before.statementId, target: input.target, baseRevision };
    Object.assign(data, await placeOnCurrentText(db, placed));
  }
  // Topics come with the attributes (a kind other than position has none), labels on their own.
  const recoded = input.kind !== undefined || input.attributes !== undefined || input.labels !== undefined;
  const note = noteFields(input.note);
  if (note) Object.assign(data, { noteText: note.noteText, noteRich: note.noteRich ?? Prisma.DbNull });

  // Its codes are found (or made) first; one that a merge removes before the write lands is found again.
  return retryIfCodeGone(async () => {
    const codes = recoded ? await codesNamedBy(db, actor, { kind, attributes, labels: input.labels ?? before.labels }) : [];
    return writeAnnotationChange({
      db,
      actor,
      before,
      expectedVersion: input.version,
      action: "updated",
      data,
      movesTarget: input.target !== undefined,
      ...(recoded ? { recode: (tx) => replaceAnnotationCodes(tx, before.id, ["topic", "label"], codes) } : {}),
    });
  });
}
