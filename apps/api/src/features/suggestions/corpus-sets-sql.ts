import type { DbOrTx } from "../../db/in-transaction.ts";
import { CURRENT_SET, keyedWorkspace } from "./suggestion-set-sql.ts";

/** A live statement of the workspace, and whether the detector's set for its current text and inputs is cached. */
export interface CorpusStatement {
  id: string;
  language: string | null;
  read: boolean;
}

/**
 * Every live statement of the workspace with whether its current set is cached, oldest first (the order a run of the
 * detector over the corpus reads them in). A statement whose text or inputs changed since counts as not read.
 */
export function readCorpusStatements(db: DbOrTx, workspaceId: string): Promise<CorpusStatement[]> {
  return db.$queryRaw<CorpusStatement[]>`
    WITH ${keyedWorkspace(workspaceId)}
    SELECT k.id::text AS id, k.language, ss.statement_id IS NOT NULL AS read
    FROM keyed k LEFT JOIN ${CURRENT_SET}
    JOIN statements s ON s.id = k.id
    ORDER BY s.created_at, s.id`;
}
