import type { DbOrTx } from "../../db/in-transaction.ts";
import { notFound } from "../../http/app-error.ts";
import { SAVED_VIEW_INCLUDE, type SavedViewRow } from "./saved-view.ts";

/**
 * A view of the workspace: a live one, or with `deleted: "too"` a deleted one as well (to restore). Another
 * workspace's is not found, as is a deleted one otherwise: its link stops working with the delete.
 */
export async function findSavedView(db: DbOrTx, workspaceId: string, id: string, opts: { deleted?: "too" } = {}): Promise<SavedViewRow> {
  const row = await db.savedView.findFirst({
    where: { id, workspaceId, ...(opts.deleted ? {} : { deletedAt: null }) },
    include: SAVED_VIEW_INCLUDE,
  });
  if (!row) throw notFound("view");
  return row;
}
