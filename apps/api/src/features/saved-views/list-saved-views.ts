import type { SavedViewKind, SavedViewList } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { presentSavedViewFor, SAVED_VIEW_INCLUDE } from "./saved-view.ts";

/** A menu, not an archive: past this many the oldest are left out of the list (their links still open them). */
export const MAX_LISTED_VIEWS = 500;

/** The workspace's live views, newest first, of one kind when asked. */
export async function listSavedViews(db: Db, opts: { actor: Actor; kind?: SavedViewKind }): Promise<SavedViewList> {
  const rows = await db.savedView.findMany({
    where: { workspaceId: opts.actor.workspaceId, deletedAt: null, ...(opts.kind ? { kind: opts.kind } : {}) },
    include: SAVED_VIEW_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_LISTED_VIEWS,
  });
  return { items: rows.map(presentSavedViewFor(opts.actor)) };
}
