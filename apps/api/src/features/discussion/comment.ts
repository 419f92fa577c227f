import { type Comment, type CommentNode, relabelMentions } from "@verbatim/contract";
import type { Comment as CommentRowBase, User } from "../../generated/prisma/client.ts";

export type CommentRow = CommentRowBase & { author: Pick<User, "id" | "name">; statement: { slug: string } };
export const commentInclude = { author: { select: { id: true, name: true } }, statement: { select: { slug: true } } } as const;

/** Names of the members comments mention, by user ID (see loadMentionNames). */
export type MentionNames = ReadonlyMap<string, string>;

/** A comment as the API shows it; a deleted one keeps its place and author but not its words. */
export function presentComment(row: CommentRow, names: MentionNames): Comment {
  const deleted = row.deletedAt !== null;
  const nameOf = (id: string) => names.get(id);
  return {
    id: row.id,
    annotationId: row.annotationId,
    statementId: row.statementId,
    statementSlug: row.statement.slug,
    parentId: row.parentId,
    author: row.author,
    body: deleted ? "" : row.bodyText,
    bodyDoc: deleted ? null : (relabelMentions(row.bodyRich as unknown as CommentNode, nameOf) as Comment["bodyDoc"]),
    mentions: deleted ? [] : row.mentions.map((id) => ({ id, name: nameOf(id) ?? "Former member" })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deleted,
  };
}
