import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import {
  ANNOTATION_COLUMNS,
  ANNOTATIONS_WITH_REVIEWS,
  allOf,
  annotationConditions,
  LATEST_REVIEW_COLUMNS,
} from "../annotations/annotation-sql.ts";
import type { AnnotationSqlRow, ReviewSqlColumns } from "../annotations/annotation-sql-row.ts";

export interface Candidate {
  id: string;
  name: string;
  count: number;
}

/** Everyone with live annotations on the statement, most annotations first. */
export async function annotatorCandidates(db: Db, statementId: string): Promise<Candidate[]> {
  return db.$queryRaw<Candidate[]>`
    SELECT u.id, u.name, count(*)::int AS count
    FROM annotations a JOIN users u ON u.id = a.author_id
    WHERE a.statement_id = ${statementId}::uuid AND a.deleted_at IS NULL
    GROUP BY u.id, u.name
    ORDER BY count(*) DESC, u.name, u.id`;
}

/** The live annotations of these authors on the statement, each with its latest review. */
export async function annotatorsAnnotations(
  db: Db,
  statementId: string,
  authorIds: readonly string[],
): Promise<(AnnotationSqlRow & ReviewSqlColumns)[]> {
  return db.$queryRaw<(AnnotationSqlRow & ReviewSqlColumns)[]>`
    SELECT ${ANNOTATION_COLUMNS}, ${LATEST_REVIEW_COLUMNS}
    FROM ${ANNOTATIONS_WITH_REVIEWS}
    WHERE a.statement_id = ${statementId}::uuid AND ${allOf(annotationConditions({ author: authorIds }))}`;
}

/**
 * Locks those of the annotations that are live on the statement until the transaction ends, and returns their IDs.
 * Locks are taken in one order, so that two adoptions over the same annotations wait for each other rather than deadlock.
 */
export async function lockLiveAnnotations(
  tx: Prisma.TransactionClient,
  opts: { ids: readonly string[]; workspaceId: string; statementId: string },
): Promise<{ id: string }[]> {
  return tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM annotations
      WHERE id IN (${Prisma.join(opts.ids.map((id) => Prisma.sql`${id}::uuid`))})
        AND workspace_id = ${opts.workspaceId}::uuid AND statement_id = ${opts.statementId}::uuid AND deleted_at IS NULL
      ORDER BY id FOR UPDATE`;
}
