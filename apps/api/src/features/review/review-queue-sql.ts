import type { ReviewQueueQuery } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import {
  ANNOTATION_COLUMNS,
  allOf,
  annotationConditions,
  LATEST_REVIEW_COLUMNS,
  LATEST_REVIEW_JOIN,
  listOf,
} from "../annotations/annotation-sql.ts";
import type { AnnotationSqlRow, ReviewSqlColumns } from "../annotations/annotation-sql-row.ts";
import { inOpenReviewAssignment } from "../assignments/assignments-sql.ts";

/** The queue's filters; each facet is counted under every filter but its own. */
export type QueueFilter = Pick<ReviewQueueQuery, "statement" | "author" | "kind" | "label" | "status"> & {
  /** Only statements this member has an open review assignment for. */
  assignedTo?: string;
};
type Dimension = "statement" | "author";

/** The WHERE clause over `a` (annotations) and `s` (statements) for a workspace's queue, leaving out one filter if asked. */
export function queueWhere(workspaceId: string, f: QueueFilter, without?: Dimension): Prisma.Sql {
  const author = without === "author" ? undefined : listOf(f.author);
  const parts = [
    Prisma.sql`a.workspace_id = ${workspaceId}::uuid`,
    Prisma.sql`s.deleted_at IS NULL`,
    ...annotationConditions({ ...f, author, label: listOf(f.label) }),
  ];
  if (f.statement && without !== "statement") parts.push(Prisma.sql`s.slug = ANY(${f.statement}::text[])`);
  if (f.assignedTo) parts.push(inOpenReviewAssignment(f.assignedTo));
  return allOf(parts);
}

/** An annotation awaiting review, with its statement and the paragraph it starts in (as annotated). */
export interface QueueRow extends AnnotationSqlRow, ReviewSqlColumns {
  created_at: Date;
  statement_id: string;
  slug: string;
  title: string;
  delegation: string | null;
  date: string | null;
  paragraph_number: number | null;
  paragraph_text: string | null;
}

/**
 * The queue's annotations in (created_at, id) order, after the cursor when one is given. The paragraph is the one
 * in the annotated revision, so the offsets mark the quote in it.
 */
export async function readQueueRows(
  db: Db,
  q: { workspaceId: string; filter: QueueFilter; after: { createdAt: Date; id: string } | null; limit: number },
): Promise<QueueRow[]> {
  const { after } = q;
  return db.$queryRaw<QueueRow[]>`
      SELECT ${ANNOTATION_COLUMNS}, ${LATEST_REVIEW_COLUMNS},
             s.id AS statement_id, s.slug, s.title, s.delegation, s.date, p.number AS paragraph_number, p.text AS paragraph_text
      FROM annotations a
      JOIN users u ON u.id = a.author_id
      JOIN statements s ON s.id = a.statement_id
      LEFT JOIN revisions ra ON ra.statement_id = s.id AND ra.number = a.revision
      LEFT JOIN paragraphs p ON p.revision_id = ra.id AND p.canonical_id = a.paragraph_id
      ${LATEST_REVIEW_JOIN}
      WHERE ${queueWhere(q.workspaceId, q.filter)}
        ${after ? Prisma.sql`AND (a.created_at, a.id) > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY a.created_at, a.id
      LIMIT ${q.limit}`;
}

/** How many queued annotations each statement has, under every filter but the statement one. */
export const countQueueByStatement = (db: Db, workspaceId: string, filter: QueueFilter) =>
  db.$queryRaw<{ slug: string; title: string; count: number }[]>`
    SELECT s.slug, s.title, count(*)::int AS count
    FROM annotations a JOIN statements s ON s.id = a.statement_id
    WHERE ${queueWhere(workspaceId, filter, "statement")}
    GROUP BY s.slug, s.title
    ORDER BY count(*) DESC, s.title, s.slug`;

/** How many queued annotations each author has, under every filter but the author one. */
export const countQueueByAuthor = (db: Db, workspaceId: string, filter: QueueFilter) =>
  db.$queryRaw<{ id: string; name: string; count: number }[]>`
    SELECT u.id, u.name, count(*)::int AS count
    FROM annotations a JOIN statements s ON s.id = a.statement_id JOIN users u ON u.id = a.author_id
    WHERE ${queueWhere(workspaceId, filter, "author")}
    GROUP BY u.id, u.name
    ORDER BY count(*) DESC, u.name, u.id`;
