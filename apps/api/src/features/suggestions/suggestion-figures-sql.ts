import type { DbOrTx } from "../../db/in-transaction.ts";

export interface RuleFigureRow {
  rule: string;
  accepted: number;
  dismissed: number;
  rejected: number;
}

/**
 * Per rule, in the workspace: the live annotations accepted from its suggestions, those of them rejected in review,
 * and its dismissals. An accept-all taken back by its undo counts for nothing.
 */
export function readRuleFigures(db: DbOrTx, workspaceId: string): Promise<RuleFigureRow[]> {
  return db.$queryRaw<RuleFigureRow[]>`
    SELECT rule, sum(accepted)::int AS accepted, sum(dismissed)::int AS dismissed, sum(rejected)::int AS rejected
    FROM (
      SELECT a.suggestion_rule AS rule, count(*) AS accepted, 0 AS dismissed, count(*) FILTER (WHERE a.status = 'rejected') AS rejected
      FROM annotations a
      WHERE a.workspace_id = ${workspaceId}::uuid AND a.suggestion_rule IS NOT NULL AND a.deleted_at IS NULL
      GROUP BY a.suggestion_rule
      UNION ALL
      SELECT d.rule, 0, count(*), 0 FROM suggestion_dismissals d WHERE d.workspace_id = ${workspaceId}::uuid GROUP BY d.rule
    ) f
    GROUP BY rule`;
}
