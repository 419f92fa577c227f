import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { presentAnnotation } from "./annotation.ts";
import { canChangeAnnotation } from "./annotation-policy.ts";
import { findAnnotation } from "./find-annotation.ts";
import { versionConflict } from "./version-conflict.ts";
import { writeAnnotationChange } from "./write-annotation-change.ts";

/** Deletion is a mark, so it can be undone (restoreAnnotation) and the history keeps what was there. */
export async function deleteAnnotation(db: Db, opts: { actor: Actor; id: string; version?: number | undefined }): Promise<void> {
  const { actor } = opts;
  const before = presentAnnotation(await findAnnotation(db, actor.workspaceId, opts.id));
  if (!canChangeAnnotation(actor, before.author.id)) throw forbidden("you may delete only your own annotations");
  if (opts.version !== undefined && opts.version !== before.version) throw versionConflict(actor, before);
  await writeAnnotationChange({
    db,
    actor,
    before,
    expectedVersion: opts.version ?? before.version,
    action: "deleted",
    data: { deletedAt: new Date() },
  });
}

export async function restoreAnnotation(db: Db, opts: { actor: Actor; id: string }) {
  const { actor } = opts;
  const before = presentAnnotation(await findAnnotation(db, actor.workspaceId, opts.id, { deleted: true }));
  if (!canChangeAnnotation(actor, before.author.id)) throw forbidden("you may restore only your own annotations");
  return writeAnnotationChange({
    db,
    actor,
    before,
    expectedVersion: before.version,
    action: "restored",
    data: { deletedAt: null },
  });
}
