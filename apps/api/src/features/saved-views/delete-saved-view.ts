import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { findSavedView } from "./find-saved-view.ts";
import { canChangeSavedView } from "./saved-views-policy.ts";

/** Deletes a view as a mark (deleted_at), so that restoring it undoes the delete; its name is free meanwhile. */
export async function deleteSavedView(db: Db, opts: { actor: Actor; id: string }): Promise<void> {
  const row = await findSavedView(db, opts.actor.workspaceId, opts.id);
  if (!canChangeSavedView(opts.actor, row)) throw forbidden("only whoever saved a view, or an admin, deletes it");
  await db.savedView.updateMany({ where: { id: row.id, deletedAt: null }, data: { deletedAt: new Date() } });
}
