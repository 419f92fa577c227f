import type { Comment } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { Comment as CommentRowBase, User } from "../../generated/prisma/client.ts";
import { type CommentRecord, presentCommentRecord } from "./comment-record.ts";

export type CommentRow = CommentRowBase & { author: Pick<User, "id" | "name">; statement: { slug: string } };
export const commentInclude = { author: { select: { id: true, name: true } }, statement: { select: { slug: true } } } as const;

/** Names of the members comments mention, by user ID (see loadMentionNames). */
export type MentionNames = ReadonlyMap<string, string>;

/** The domain record of a comment row, with the names of the members it mentions as they are now. */
export function commentRecordOf(row: CommentRow, names: MentionNames): CommentRecord {
  return {
    id: row.id,
    annotationId: row.annotationId,
    statementId: row.statementId,
    statementSlug: row.statement.slug,
    parentId: row.parentId,
    author: row.author,
    bodyText: row.bodyText,
    bodyRich: row.bodyRich,
    mentions: row.mentions.map((id) => ({ id, name: names.get(id) ?? "Former member" })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deleted: row.deletedAt !== null,
  };
}

/** A comment as the API shows it; a deleted one keeps its place and author but not its words. */
export const presentComment = (row: CommentRow, names: MentionNames, viewer: Viewer): Comment =>
  presentCommentRecord(viewer)(commentRecordOf(row, names));
