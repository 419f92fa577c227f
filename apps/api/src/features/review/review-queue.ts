import type { ReviewQueuePage, ReviewQueueQuery } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { forbidden } from "../../http/app-error.ts";
import { ANNOTATION_COLUMNS, LATEST_REVIEW_COLUMNS, LATEST_REVIEW_JOIN } from "../annotations/annotation-sql.ts";
import { type AnnotationSqlRow, presentAnnotationWithReviewSqlRow, type ReviewSqlColumns } from "../annotations/annotation-sql-row.ts";
import { canReadReviewQueue } from "../annotations/annotation-policy.ts";
import { decodeCursor, encodeCursor } from "../../http/keyset-cursor.ts";
import { queueWhere } from "./review-queue-sql.ts";

interface QueueRow extends AnnotationSqlRow, ReviewSqlColumns {
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
 * What awaits review across the workspace, oldest first: each annotation with its statement and the paragraph
 * it starts in (as annotated, so the offsets mark the quote in it), plus the total and facets for the filters.
 */
export async function reviewQueue(db: Db, opts: { actor: Actor; query: ReviewQueueQuery }): Promise<ReviewQueuePage> {
  const { actor, query } = opts;
  if (!canReadReviewQueue(actor)) throw forbidden("only reviewers and admins work the review queue");
  const after = decodeCursor(query.cursor);
  const [rows, statements, authors] = await Promise.all([
    db.$queryRaw<QueueRow[]>`
      SELECT ${ANNOTATION_COLUMNS}, ${LATEST_REVIEW_COLUMNS},
             s.id AS statement_id, s.slug, s.title, s.delegation, s.date, p.number AS paragraph_number, p.text AS paragraph_text
      FROM annotations a
      JOIN users u ON u.id = a.author_id
      JOIN statements s ON s.id = a.statement_id
      LEFT JOIN revisions ra ON ra.statement_id = s.id AND ra.number = a.revision
      LEFT JOIN paragraphs p ON p.revision_id = ra.id AND p.canonical_id = a.paragraph_id
      ${LATEST_REVIEW_JOIN}
      WHERE ${queueWhere(actor.workspaceId, query)}
        ${after ? Prisma.sql`AND (a.created_at, a.id) > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
      ORDER BY a.created_at, a.id
      LIMIT ${query.limit + 1}`,
    db.$queryRaw<{ slug: string; title: string; count: number }[]>`
      SELECT s.slug, s.title, count(*)::int AS count
      FROM annotations a JOIN statements s ON s.id = a.statement_id
      WHERE ${queueWhere(actor.workspaceId, query, "statement")}
      GROUP BY s.slug, s.title
      ORDER BY count(*) DESC, s.title, s.slug`,
    db.$queryRaw<{ id: string; name: string; count: number }[]>`
      SELECT u.id, u.name, count(*)::int AS count
      FROM annotations a JOIN statements s ON s.id = a.statement_id JOIN users u ON u.id = a.author_id
      WHERE ${queueWhere(actor.workspaceId, query, "author")}
      GROUP BY u.id, u.name
      ORDER BY count(*) DESC, u.name, u.id`,
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const selected = query.statement ? new Set(query.statement) : null;
  return {
    items: page.map((r) => ({
      annotation: presentAnnotationWithReviewSqlRow(r, { id: r.statement_id, slug: r.slug }),
      statement: { id: r.statement_id, slug: r.slug, title: r.title, delegation: r.delegation, date: r.date },
      paragraph: { id: r.paragraph_id, number: r.paragraph_number, text: r.paragraph_text },
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.created_at, last.id) : null,
    // The statement facet ignores the statement filter, so the total is the sum over the statements chosen.
    total: statements.filter((s) => !selected || selected.has(s.slug)).reduce((sum, s) => sum + s.count, 0),
    facets: { statements, authors },
  };
}
