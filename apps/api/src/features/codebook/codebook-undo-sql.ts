import type { DbOrTx } from "../../db/in-transaction.ts";
import type { CodeRow } from "./code-row.ts";

/**
 * What undoing one codebook operation needs: the codes as they were (to put back), the versions the codes it left
 * must still have (else the undo would overwrite a later change), and the codes it made (to remove). The uses of
 * the involved codes on the annotations it touched are kept beside it in codebook_undo_uses.
 */
export interface UndoPlan {
  restore: CodeRow[];
  expect: { id: string; version: number }[];
  remove: string[];
  /** The codes whose uses were kept: undo resets exactly these on the touched annotations. */
  involved: string[];
}

export async function insertUndo(tx: DbOrTx, u: { id: string; workspaceId: string; actorId: string; action: string; plan: UndoPlan }) {
  await tx.$executeRaw`
    INSERT INTO codebook_undos (id, workspace_id, actor_id, action, codes)
    VALUES (${u.id}::uuid, ${u.workspaceId}::uuid, ${u.actorId}::uuid, ${u.action}, ${JSON.stringify(u.plan)}::jsonb)`;
}

/**
 * Keeps, for the undo, the uses of the involved codes on every annotation that has `touching` (or, for a set of
 * annotations given by ID, on those): the set of annotations the operation touches. An annotation with none of the
 * involved codes gets a row with a null code, so it still counts as touched.
 */
export async function keepUsesOfCode(tx: DbOrTx, undoId: string, touching: string, involved: readonly string[]): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO codebook_undo_uses (undo_id, annotation_id, code_id, position)
    SELECT ${undoId}::uuid, ac.annotation_id, ac.code_id, ac.position
    FROM annotation_codes ac
    WHERE ac.code_id = ANY(${involved}::uuid[])
      AND ac.annotation_id IN (SELECT annotation_id FROM annotation_codes WHERE code_id = ${touching}::uuid)`;
}

/** How many annotations an undo's operation touched. */
export async function touchedCount(tx: DbOrTx, undoId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT annotation_id)::int AS n FROM codebook_undo_uses WHERE undo_id = ${undoId}::uuid`;
  return rows[0]?.n ?? 0;
}

export interface StoredUndo {
  id: string;
  action: string;
  plan: UndoPlan;
  usedAt: Date | null;
}

/** An undo of the workspace, locked so that it is used once. */
export async function lockUndo(tx: DbOrTx, workspaceId: string, id: string): Promise<StoredUndo | null> {
  const rows = await tx.$queryRaw<{ id: string; action: string; codes: UndoPlan; used_at: Date | null }[]>`
    SELECT id, action, codes, used_at FROM codebook_undos
    WHERE id = ${id}::uuid AND workspace_id = ${workspaceId}::uuid FOR UPDATE`;
  const r = rows[0];
  return r ? { id: r.id, action: r.action, plan: r.codes, usedAt: r.used_at } : null;
}

export async function markUndoUsed(tx: DbOrTx, id: string): Promise<void> {
  await tx.$executeRaw`UPDATE codebook_undos SET used_at = now() WHERE id = ${id}::uuid`;
}

/** Puts the kept uses of the involved codes back on the touched annotations (and drops any they gained since). */
export async function restoreUses(tx: DbOrTx, undoId: string, involved: readonly string[]): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM annotation_codes ac
    WHERE ac.code_id = ANY(${involved}::uuid[])
      AND ac.annotation_id IN (SELECT annotation_id FROM codebook_undo_uses WHERE undo_id = ${undoId}::uuid)`;
  await tx.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT u.annotation_id, u.code_id, u.position FROM codebook_undo_uses u
    JOIN annotations a ON a.id = u.annotation_id
    JOIN codes c ON c.id = u.code_id
    WHERE u.undo_id = ${undoId}::uuid AND u.code_id IS NOT NULL
    ON CONFLICT (annotation_id, code_id) DO UPDATE SET position = EXCLUDED.position`;
}
