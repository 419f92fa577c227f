import type { WaitingState } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { ANNOTATION_COLUMNS, LATEST_REVIEW_COLUMNS, LATEST_REVIEW_JOIN } from "../annotations/annotation-sql.ts";
import type { AnnotationSqlRow, ReviewSqlColumns } from "../annotations/annotation-sql-row.ts";

/** Live waiting annotations of live statements in a workspace, optionally of one statement. */
const waitingWhere = (workspaceId: string, statementId: string | undefined) =>
  Prisma.sql`a.workspace_id = ${workspaceId}::uuid AND a.deleted_at IS NULL AND s.deleted_at IS NULL
    AND a.anchor_state::text IN ('fuzzy', 'orphaned')
    ${statementId ? Prisma.sql`AND a.statement_id = ${statementId}::uuid` : Prisma.empty}`;

export interface WaitingRow extends AnnotationSqlRow, ReviewSqlColumns {
  created_at: Date;
  statement_id: string;
  slug: string;
  title: string;
  current_revision: number;
}

/** The waiting annotations in (created_at, id) order, after the cursor when one is given. */
export function readWaitingRows(
  db: Db,
  q: {
    workspaceId: string;
    statementId?: string | undefined;
    states: readonly WaitingState[];
    after: { createdAt: Date; id: string } | null;
    limit: number;
  },
): Promise<WaitingRow[]> {
  const { after } = q;
  return db.$queryRaw<WaitingRow[]>`
    SELECT ${ANNOTATION_COLUMNS}, ${LATEST_REVIEW_COLUMNS}, s.id AS statement_id, s.slug, s.title, s.current_revision
    FROM annotations a
    JOIN users u ON u.id = a.author_id
    JOIN statements s ON s.id = a.statement_id
    ${LATEST_REVIEW_JOIN}
    WHERE ${waitingWhere(q.workspaceId, q.statementId)} AND a.anchor_state::text = ANY(${q.states}::text[])
      ${after ? Prisma.sql`AND (a.created_at, a.id) > (${after.createdAt}, ${after.id}::uuid)` : Prisma.empty}
    ORDER BY a.created_at, a.id
    LIMIT ${q.limit}`;
}

/** How many wait in each state. */
export async function countWaiting(db: Db, workspaceId: string, statementId: string | undefined): Promise<Record<WaitingState, number>> {
  const rows = await db.$queryRaw<{ state: WaitingState; count: number }[]>`
    SELECT a.anchor_state::text AS state, count(*)::int AS count
    FROM annotations a JOIN statements s ON s.id = a.statement_id
    WHERE ${waitingWhere(workspaceId, statementId)}
    GROUP BY a.anchor_state`;
  const counts = { fuzzy: 0, orphaned: 0 };
  for (const r of rows) counts[r.state] = r.count;
  return counts;
}

export interface RevisionBlock {
  id: string;
  number: number | null;
  text: string;
}

/** The blocks of each (statement, revision) asked for, in reading order, keyed `statementId:revision`. */
export async function blocksOfRevisions(
  db: Db,
  wanted: readonly { statementId: string; revision: number }[],
): Promise<Map<string, RevisionBlock[]>> {
  const byKey = new Map<string, RevisionBlock[]>();
  if (wanted.length === 0) return byKey;
  const rows = await db.$queryRaw<{ statement_id: string; revision: number; canonical_id: string; number: number | null; text: string }[]>`
    SELECT r.statement_id, r.number AS revision, p.canonical_id, p.number, p.text
    FROM revisions r JOIN paragraphs p ON p.revision_id = r.id
    WHERE (r.statement_id, r.number) IN (
      SELECT * FROM unnest(${wanted.map((w) => w.statementId)}::uuid[], ${wanted.map((w) => w.revision)}::int[]))
    ORDER BY r.statement_id, r.number, p.position`;
  for (const r of rows) {
    const key = revisionKey(r.statement_id, r.revision);
    const list = byKey.get(key) ?? [];
    list.push({ id: r.canonical_id, number: r.number, text: r.text });
    byKey.set(key, list);
  }
  return byKey;
}

export const revisionKey = (statementId: string, revision: number) => `${statementId}:${revision}`;
