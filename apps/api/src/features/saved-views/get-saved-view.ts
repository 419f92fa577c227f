import type { SavedView } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { findSavedView } from "./find-saved-view.ts";
import { presentSavedViewFor } from "./saved-view.ts";

/** One live view of the workspace, for its link. */
export async function getSavedView(db: Db, opts: { actor: Actor; id: string }): Promise<{ view: SavedView }> {
  const row = await findSavedView(db, opts.actor.workspaceId, opts.id);
  return { view: presentSavedViewFor(opts.actor)(row) };
}
