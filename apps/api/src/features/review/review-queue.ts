import type { ReviewQueuePage, ReviewQueueQuery } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { presentAnnotationWithReviewSqlRow } from "../annotations/annotation-sql-row.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { canReadReviewQueue } from "../annotations/annotation-policy.ts";
import { decodeCursor, encodeCursor } from "../../http/keyset-cursor.ts";
import { countQueueByAuthor, countQueueByStatement, readQueueRows } from "./review-queue-sql.ts";

/**
 * What awaits review across the workspace, oldest first: each annotation with its statement and the paragraph
 * it starts in (as annotated, so the offsets mark the quote in it), plus the total and facets for the filters.
 */
export async function reviewQueue(db: Db, opts: { actor: Actor; query: ReviewQueueQuery }): Promise<ReviewQueuePage> {
  const { actor, query } = opts;
  if (!canReadReviewQueue(actor)) throw forbidden("only reviewers and admins work the review queue");
  const after = decodeCursor(query.cursor);
  const filter = { ...query, assignedTo: query.assignedToMe ? actor.userId : undefined };
  const [rows, statements, authors] = await Promise.all([
    // One more than a page, to tell whether another follows.
    readQueueRows(db, { workspaceId: actor.workspaceId, filter, after, limit: query.limit + 1 }),
    countQueueByStatement(db, actor.workspaceId, filter),
    countQueueByAuthor(db, actor.workspaceId, filter),
  ]);
  const page = rows.slice(0, query.limit);
  const present = presentAnnotationFor(actor);
  const last = page[page.length - 1];
  const selected = query.statement ? new Set(query.statement) : null;
  return {
    items: page.map((r) => ({
      annotation: present(presentAnnotationWithReviewSqlRow(r, { id: r.statement_id, slug: r.slug })),
      statement: { id: r.statement_id, slug: r.slug, title: r.title, delegation: r.delegation, date: r.date },
      paragraph: { id: r.paragraph_id, number: r.paragraph_number, text: r.paragraph_text },
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.created_at, last.id) : null,
    // The statement facet ignores the statement filter, so the total is the sum over the statements chosen.
    total: statements.filter((s) => !selected || selected.has(s.slug)).reduce((sum, s) => sum + s.count, 0),
    facets: { statements, authors },
  };
}
