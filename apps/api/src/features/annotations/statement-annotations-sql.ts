import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import {
  ANNOTATION_COLUMNS,
  type AnnotationFilter,
  ANNOTATIONS_WITH_REVIEWS,
  allOf,
  annotationConditions,
  LATEST_REVIEW_COLUMNS,
} from "./annotation-sql.ts";
import type { AnnotationSqlRow, ReviewSqlColumns } from "./annotation-sql-row.ts";

export interface StatementAnnotationsQuery {
  statementId: string;
  filter: AnnotationFilter;
  /** Only annotations after this one in (created_at, id) order: the page cursor. */
  after: { createdAt: Date; id: string } | null;
  limit: number;
}

/**
 * A statement's live annotations in (created_at, id) order. The reader loads up to 5,000 at once, so this is one
 * SQL query (Prisma's row mapping doubled the time) that joins the few authors rather than the slug per row, and
 * the latest review of each reviewed annotation (a lateral join).
 */
export async function readStatementAnnotations(db: Db, q: StatementAnnotationsQuery): Promise<(AnnotationSqlRow & ReviewSqlColumns)[]> {
  const { after } = q;
  return db.$queryRaw<(AnnotationSqlRow & ReviewSqlColumns)[]>`
    SELECT ${ANNOTATION_COLUMNS}, ${LATEST_REVIEW_COLUMNS}
    FROM ${ANNOTATIONS_WITH_REVIEWS}
    WHERE a.statement_id = ${q.statementId}::uuid AND ${allOf(annotationConditions(q.filter))}
      ${after ? Prisma.sql`AND (a.created_at, a.id) > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY a.created_at, a.id
    LIMIT ${q.limit}`;
}
