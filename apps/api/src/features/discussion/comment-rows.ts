import { type Comment, keepThreadShape } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";
import { commentInclude, commentRecordOf, type CommentRow, type MentionNames, presentComment } from "./comment.ts";
import { type CommentRecord, presentCommentRecord } from "./comment-record.ts";

type Reader = Db | Prisma.TransactionClient;

/** The names of the users the rows mention. */
export async function loadMentionNames(db: Reader, rows: readonly Pick<CommentRow, "mentions">[]): Promise<MentionNames> {
  const ids = [...new Set(rows.flatMap((r) => r.mentions))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** One comment's domain record, for an event, with the names of those it mentions. */
export async function recordOfOne(db: Reader, row: CommentRow): Promise<CommentRecord> {
  return commentRecordOf(row, await loadMentionNames(db, [row]));
}

export async function presentOne(db: Reader, row: CommentRow, viewer: Viewer): Promise<Comment> {
  return presentCommentRecord(viewer)(await recordOfOne(db, row));
}

/** Comments matching `where`, oldest first, as a thread shows them (deleted ones only while they have replies). */
export async function listComments(db: Db, where: Prisma.CommentWhereInput, viewer: Viewer): Promise<Comment[]> {
  const rows = await db.comment.findMany({ where, include: commentInclude, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const names = await loadMentionNames(db, rows);
  return keepThreadShape(rows.map((r) => presentComment(r, names, viewer)));
}

/** A comment of the workspace on a live annotation; another workspace's answers 404. */
export async function findComment(db: Reader, workspaceId: string, id: string, opts: { deleted?: boolean } = {}): Promise<CommentRow> {
  const row = await db.comment.findFirst({
    where: {
      id,
      workspaceId,
      deletedAt: opts.deleted ? { not: null } : null,
      annotation: { deletedAt: null, statement: { deletedAt: null } },
    },
    include: commentInclude,
  });
  if (!row) throw notFound("comment");
  return row;
}
