import type { Comment, CommentBodyInput } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { canEditComment } from "./comment-policy.ts";
import { commentInclude } from "./comment.ts";
import { storedBody } from "./comment-body.ts";
import { findComment, presentOne, recordOfOne } from "./comment-rows.ts";
import { presentCommentRecord } from "./comment-record.ts";
import { inboxRecipients, notifyInbox } from "./inbox-notify.ts";
import { recordEvent } from "../live/record-event.ts";

export const commentConflict = (current: Comment) =>
  new AppError("version_conflict", `the comment changed since the version you sent; it is now at version ${current.version}`, {
    current,
  });

/** Edits one's own comment by compare-and-set on `version`; members it newly mentions are told. */
export async function updateComment(
  db: Db,
  opts: { actor: Actor; id: string; input: { version: number; body: CommentBodyInput } },
): Promise<Comment> {
  const { actor } = opts;
  const before = await findComment(db, actor.workspaceId, opts.id);
  if (!canEditComment(actor, before.authorId)) throw forbidden("you may edit only your own comments");
  if (before.version !== opts.input.version) throw commentConflict(await presentOne(db, before, actor));
  const body = await storedBody(db, { workspaceId: actor.workspaceId, input: opts.input.body, alreadyMentioned: before.mentions });
  const after = await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({
      where: { id: before.id, version: opts.input.version, deletedAt: null },
      data: { ...body, version: { increment: 1 } },
    });
    if (count === 0) return null;
    const record = await recordOfOne(tx, await tx.comment.findUniqueOrThrow({ where: { id: before.id }, include: commentInclude }));
    const added = body.mentions.filter((id) => !before.mentions.includes(id));
    const recipients = inboxRecipients({ authorId: actor.userId, mentioned: added, repliesTo: null });
    await notifyInbox(tx, { workspaceId: actor.workspaceId, commentId: before.id, actorId: actor.userId, recipients });
    await recordEvent(tx, { workspaceId: actor.workspaceId, type: "comment.updated", actorId: actor.userId, comment: record });
    return presentCommentRecord(actor)(record);
  });
  if (after) return after;
  const current = await db.comment.findFirst({
    where: { id: before.id, workspaceId: actor.workspaceId, deletedAt: null },
    include: commentInclude,
  });
  if (!current) throw notFound("comment");
  throw commentConflict(await presentOne(db, current, actor));
}
