import type { DbOrTx } from "../../db/in-transaction.ts";

export interface AgreementStatementRow {
  /** The current revision's blocks in reading order, and which of them are paragraphs (the units). */
  blocks: { id: string; paragraph: boolean }[];
  annotations: { authorId: string; paragraphId: string; endParagraphId: string | null; codeIds: string[] }[];
}

/**
 * Every statement of the workspace that two or more people tagged (live annotations on its current text), with its
 * blocks and those annotations' authors, spans and codes: what corpus agreement per code is computed from.
 */
export async function readCodedStatements(db: DbOrTx, workspaceId: string): Promise<AgreementStatementRow[]> {
  return db.$queryRaw<AgreementStatementRow[]>`
    WITH live AS (
      SELECT a.id, a.statement_id, a.author_id, a.paragraph_id, a.end_paragraph_id
      FROM annotations a JOIN statements s ON s.id = a.statement_id
      WHERE a.workspace_id = ${workspaceId}::uuid AND a.deleted_at IS NULL AND s.deleted_at IS NULL AND a.anchor_state <> 'orphaned'
    ),
    shared AS (SELECT statement_id FROM live GROUP BY statement_id HAVING count(DISTINCT author_id) >= 2)
    SELECT
      (SELECT json_agg(json_build_object('id', p.canonical_id, 'paragraph', p.kind = 'paragraph') ORDER BY p.position)
       FROM statements s JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
       JOIN paragraphs p ON p.revision_id = r.id WHERE s.id = sh.statement_id) AS blocks,
      (SELECT json_agg(json_build_object('authorId', l.author_id, 'paragraphId', l.paragraph_id, 'endParagraphId', l.end_paragraph_id,
         'codeIds', (SELECT coalesce(json_agg(ac.code_id), '[]'::json) FROM annotation_codes ac WHERE ac.annotation_id = l.id)))
       FROM live l WHERE l.statement_id = sh.statement_id) AS annotations
    FROM shared sh`;
}
