import type { SavedView } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { findSavedView } from "./find-saved-view.ts";
import { refusingTakenName } from "./name-taken.ts";
import { presentSavedViewFor, SAVED_VIEW_INCLUDE } from "./saved-view.ts";
import { canChangeSavedView } from "./saved-views-policy.ts";

/**
 * Undoes a view's delete (its creator, or an admin). A view that is live already is answered as it is, so a second
 * Undo changes nothing; one whose name another view of its kind took meanwhile is refused (409): rename that one first.
 */
export async function restoreSavedView(db: Db, opts: { actor: Actor; id: string }): Promise<{ view: SavedView }> {
  const { actor } = opts;
  const row = await findSavedView(db, actor.workspaceId, opts.id, { deleted: "too" });
  if (!canChangeSavedView(actor, row)) throw forbidden("only whoever saved a view, or an admin, restores it");
  if (row.deletedAt === null) return { view: presentSavedViewFor(actor)(row) };
  const restored = await refusingTakenName(row, () =>
    db.savedView.update({ where: { id: row.id }, data: { deletedAt: null }, include: SAVED_VIEW_INCLUDE }),
  );
  return { view: presentSavedViewFor(actor)(restored) };
}
