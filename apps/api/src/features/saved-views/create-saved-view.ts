import type { CreateSavedViewRequest, SavedView } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { refusingTakenName } from "./name-taken.ts";
import { presentSavedViewFor, SAVED_VIEW_INCLUDE } from "./saved-view.ts";

/** Saves a page's query string by name for the workspace; a name its kind has already is refused (409). */
export async function createSavedView(db: Db, opts: { actor: Actor; request: CreateSavedViewRequest }): Promise<{ view: SavedView }> {
  const { actor, request } = opts;
  const row = await refusingTakenName(request, () =>
    db.savedView.create({
      data: { workspaceId: actor.workspaceId, createdById: actor.userId, kind: request.kind, name: request.name, params: request.params },
      include: SAVED_VIEW_INCLUDE,
    }),
  );
  return { view: presentSavedViewFor(actor)(row) };
}
