import type { AnnotationKind } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";

/** A live annotation on the current text, as far as telling whether it covers a suggestion needs. */
export interface CoveringAnnotation {
  kind: AnnotationKind;
  paragraph_id: string;
  start: number;
  end: number;
  end_paragraph_id: string | null;
  /** A cross-reference's target; null for the other kinds. */
  target: string | null;
}

/**
 * The statement's live annotations placed in its current revision (orphans have no place there), by anyone: a
 * suggestion that one of them already covers is not offered (open-suggestions.ts).
 */
export function readCoveringAnnotations(db: DbOrTx, at: { statementId: string; revision: number }): Promise<CoveringAnnotation[]> {
  return db.$queryRaw<CoveringAnnotation[]>`
    SELECT a.kind::text AS kind, a.paragraph_id, a.start, a."end", a.end_paragraph_id, a.attributes->>'target' AS target
    FROM annotations a
    WHERE a.statement_id = ${at.statementId}::uuid AND a.deleted_at IS NULL
      AND a.anchor_revision = ${at.revision} AND a.anchor_state <> 'orphaned'`;
}

/** The suggestions of a statement that `userId` dismissed (a member sees their own dismissals only). */
export async function readDismissedIds(db: DbOrTx, at: { statementId: string; userId: string }): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ suggestion_id: string }[]>`
    SELECT suggestion_id FROM suggestion_dismissals WHERE statement_id = ${at.statementId}::uuid AND user_id = ${at.userId}::uuid`;
  return new Set(rows.map((r) => r.suggestion_id));
}

/** Hides a suggestion from its dismisser for good; dismissing it again changes nothing. */
export async function insertDismissal(
  db: DbOrTx,
  d: { workspaceId: string; statementId: string; userId: string; suggestionId: string; rule: string; kind: AnnotationKind },
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO suggestion_dismissals (id, workspace_id, statement_id, suggestion_id, user_id, rule, kind)
    VALUES (gen_random_uuid(), ${d.workspaceId}::uuid, ${d.statementId}::uuid, ${d.suggestionId}, ${d.userId}::uuid, ${d.rule}, ${d.kind})
    ON CONFLICT (statement_id, user_id, suggestion_id) DO NOTHING`;
}
