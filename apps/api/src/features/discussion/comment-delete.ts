import type { Comment } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { canDeleteComment } from "./comment-policy.ts";
import { commentInclude } from "./comment.ts";
import { findComment, recordOfOne } from "./comment-rows.ts";
import { presentCommentRecord } from "./comment-record.ts";
import { recordEvent } from "../live/record-event.ts";

/**
 * Deletion is a mark, so restoreComment can undo it; it raises the version, so an edit sent meanwhile is refused.
 * Inbox items of a deleted comment stay but are not listed or counted while it is deleted.
 */
export async function deleteComment(db: Db, opts: { actor: Actor; id: string }): Promise<void> {
  await setDeleted(db, { ...opts, deleted: true });
}

export async function restoreComment(db: Db, opts: { actor: Actor; id: string }): Promise<Comment> {
  return setDeleted(db, { ...opts, deleted: false });
}

async function setDeleted(db: Db, opts: { actor: Actor; id: string; deleted: boolean }): Promise<Comment> {
  const { actor } = opts;
  const before = await findComment(db, actor.workspaceId, opts.id, { deleted: !opts.deleted });
  if (!canDeleteComment(actor, before.authorId)) {
    throw forbidden(`you may ${opts.deleted ? "delete" : "restore"} only your own comments`);
  }
  return db.$transaction(async (tx) => {
    // Only from the state just read: of two deletions at once, the second finds nothing to delete.
    const { count } = await tx.comment.updateMany({
      where: { id: before.id, deletedAt: opts.deleted ? null : { not: null } },
      data: { deletedAt: opts.deleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw notFound("comment");
    const row = await tx.comment.findUniqueOrThrow({ where: { id: before.id }, include: commentInclude });
    const record = await recordOfOne(tx, row);
    const type = opts.deleted ? "comment.deleted" : "comment.restored";
    await recordEvent(tx, { workspaceId: actor.workspaceId, type, actorId: actor.userId, comment: record });
    return presentCommentRecord(actor)(record);
  });
}
