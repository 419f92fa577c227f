import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { deleteAnnotations } from "../annotations/delete-annotations.ts";
import { findStatement } from "../statements/find-statement.ts";
import { canAcceptSuggestions } from "./suggestion-policy.ts";
import { claimSuggestionUndo, unchangedAnnotations } from "./suggestion-undos-sql.ts";

/**
 * Takes an accept-all back, once: deletes (as the normal delete does, history and events included, but a batch per
 * transaction: deleteAnnotations) each annotation it made that is still at the version it was made with, and keeps,
 * and counts, those edited, reviewed or deleted since.
 */
export async function undoAcceptedSuggestions(
  db: Db,
  opts: { actor: Actor; idOrSlug: string; token: string },
): Promise<{ deleted: number; kept: number }> {
  const { actor } = opts;
  if (!canAcceptSuggestions(actor)) throw forbidden();
  const statement = await findStatement(db, actor.workspaceId, opts.idOrSlug);
  const claim = await claimSuggestionUndo(db, {
    id: opts.token,
    workspaceId: actor.workspaceId,
    statementId: statement.id,
    userId: actor.userId,
  });
  if (claim.state === "missing") throw notFound("undo");
  if (claim.state === "not_yours") throw forbidden("only who accepted the suggestions may undo it");
  if (claim.state !== "claimed") throw new AppError("undo_stale", "this accept-all was undone already");
  const unchanged = await unchangedAnnotations(db, { authorId: actor.userId, annotations: claim.annotations });
  // One changed or deleted between the read and the delete is kept, like one changed before.
  const deleted = (await deleteAnnotations(db, { actor, annotations: unchanged })).length;
  return { deleted, kept: claim.annotations.length - deleted };
}
