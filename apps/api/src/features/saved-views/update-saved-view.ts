import type { SavedView, UpdateSavedViewRequest } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { findSavedView } from "./find-saved-view.ts";
import { refusingTakenName } from "./name-taken.ts";
import { presentSavedViewFor, SAVED_VIEW_INCLUDE } from "./saved-view.ts";
import { canChangeSavedView } from "./saved-views-policy.ts";

/** Renames a live view, or puts the page's current state in place of the saved one (its creator, or an admin). */
export async function updateSavedView(
  db: Db,
  opts: { actor: Actor; id: string; request: UpdateSavedViewRequest },
): Promise<{ view: SavedView }> {
  const { actor, request } = opts;
  const row = await findSavedView(db, actor.workspaceId, opts.id);
  if (!canChangeSavedView(actor, row)) throw forbidden("only whoever saved a view, or an admin, changes it");
  const updated = await refusingTakenName({ kind: row.kind, name: request.name ?? row.name }, () =>
    db.savedView.update({ where: { id: row.id }, data: { name: request.name, params: request.params }, include: SAVED_VIEW_INCLUDE }),
  );
  return { view: presentSavedViewFor(actor)(updated) };
}
