import type { DbOrTx } from "../../db/in-transaction.ts";
import type { StatementOwnership } from "./statement-policy.ts";

/**
 * Who imported each statement and whether anyone else has a live annotation on it, in one query: what deciding
 * who may delete it needs (statement-policy.ts). Unknown IDs are missing from the answer.
 */
export async function statementOwnership(db: DbOrTx, statementIds: readonly string[]): Promise<Map<string, StatementOwnership>> {
  if (statementIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; created_by: string; annotated_by_others: boolean }[]>`
    SELECT s.id::text, s.created_by::text,
      EXISTS (
        SELECT 1 FROM annotations a
        WHERE a.statement_id = s.id AND a.deleted_at IS NULL AND a.author_id <> s.created_by
      ) AS annotated_by_others
    FROM statements s
    WHERE s.id = ANY(${statementIds}::uuid[])`;
  return new Map(rows.map((r) => [r.id, { createdById: r.created_by, annotatedByOthers: r.annotated_by_others }]));
}
