import type { Comment, CommentBodyInput } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { canComment } from "./comment-policy.ts";
import { commentInclude } from "./comment.ts";
import { storedBody } from "./comment-body.ts";
import { recordOfOne } from "./comment-rows.ts";
import { presentCommentRecord } from "./comment-record.ts";
import { findAnnotation } from "../annotations/find-annotation.ts";
import { inboxRecipients, notifyInbox } from "./inbox-notify.ts";
import { recordEvent } from "../live/record-event.ts";

/** A comment on an annotation, or a reply to one of its comments; told to the inbox and the live stream. */
export async function createComment(
  db: Db,
  opts: { actor: Actor; annotationId: string; input: { body: CommentBodyInput; parentId?: string | undefined } },
): Promise<Comment> {
  const { actor } = opts;
  if (!canComment(actor)) throw forbidden("viewers cannot comment");
  const annotation = await findAnnotation(db, actor.workspaceId, opts.annotationId);
  const parentId = opts.input.parentId ?? null;
  const parent =
    parentId === null
      ? null
      : await db.comment.findFirst({
          where: { id: parentId, annotationId: annotation.id, deletedAt: null },
          select: { id: true, authorId: true },
        });
  if (parentId !== null && !parent) throw notFound("the comment replied to, on this annotation,");
  const body = await storedBody(db, { workspaceId: actor.workspaceId, input: opts.input.body });
  return db.$transaction(async (tx) => {
    const row = await tx.comment.create({
      data: {
        workspaceId: actor.workspaceId,
        statementId: annotation.statementId,
        annotationId: annotation.id,
        parentId,
        authorId: actor.userId,
        ...body,
      },
      include: commentInclude,
    });
    const record = await recordOfOne(tx, row);
    const repliesTo = parent ? parent.authorId : annotation.authorId;
    const recipients = inboxRecipients({ authorId: actor.userId, mentioned: body.mentions, repliesTo });
    await notifyInbox(tx, { workspaceId: actor.workspaceId, commentId: row.id, actorId: actor.userId, recipients });
    await recordEvent(tx, { workspaceId: actor.workspaceId, type: "comment.created", actorId: actor.userId, comment: record });
    return presentCommentRecord(actor)(record);
  });
}
