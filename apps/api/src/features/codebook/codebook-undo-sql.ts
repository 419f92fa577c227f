import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { CodeRow } from "./code-row.ts";

/**
 * What undoing one codebook operation needs: the codes as they were (to put back), the versions the codes it left
 * must still have (else the undo would overwrite a later change), and the codes it made (to remove). The annotations
 * it touched and their uses of the involved codes are kept beside it, as arrays in its row (codebook_undos).
 */
export interface UndoPlan {
  restore: CodeRow[];
  expect: { id: string; version: number }[];
  remove: string[];
  /** The codes whose uses were kept: undo resets exactly these on the touched annotations. */
  involved: string[];
}

export const NO_PLAN: UndoPlan = { restore: [], expect: [], remove: [], involved: [] };

export async function insertUndo(tx: DbOrTx, u: { id: string; workspaceId: string; actorId: string; action: string; plan: UndoPlan }) {
  await tx.$executeRaw`
    INSERT INTO codebook_undos (id, workspace_id, actor_id, action, codes)
    VALUES (${u.id}::uuid, ${u.workspaceId}::uuid, ${u.actorId}::uuid, ${u.action}, ${JSON.stringify(u.plan)}::jsonb)`;
}

/**
 * Keeps, for the undo, the set of annotations the operation will touch (`touched`, a query of `annotation_id`s) and
 * the involved codes' uses on them. Every later step of the operation reads that set from here. Returns its size.
 */
export async function keepTouched(tx: DbOrTx, undoId: string, touched: Prisma.Sql, involved: readonly string[]): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    WITH t AS MATERIALIZED (SELECT DISTINCT annotation_id FROM (${touched}) q)
    UPDATE codebook_undos SET
      touched = (SELECT coalesce(array_agg(annotation_id ORDER BY annotation_id), '{}') FROM t),
      (use_annotations, use_codes, use_positions) = (
        SELECT coalesce(array_agg(ac.annotation_id), '{}'), coalesce(array_agg(ac.code_id), '{}'), coalesce(array_agg(ac.position), '{}')
        FROM annotation_codes ac JOIN t USING (annotation_id)
        WHERE ac.code_id = ANY(${involved}::uuid[]))
    WHERE id = ${undoId}::uuid
    RETURNING cardinality(touched) AS n`;
  return rows[0]?.n ?? 0;
}

/** The annotations an operation touched, as a query of `annotation_id`s to use in another statement. */
export const touchedBy = (undoId: string): Prisma.Sql =>
  Prisma.sql`SELECT unnest(touched) AS annotation_id FROM codebook_undos WHERE id = ${undoId}::uuid`;

/** How many annotations an operation touched. */
export async function touchedCount(tx: DbOrTx, undoId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`SELECT cardinality(touched) AS n FROM codebook_undos WHERE id = ${undoId}::uuid`;
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

/**
 * Records an undo as an operation of its own, on the annotations the undone one touched: their histories list it,
 * with the versions it gives them. It is marked used, so that it is never undone in turn.
 */
export async function insertUndoneRecord(tx: DbOrTx, u: { id: string; undone: StoredUndo; workspaceId: string; actorId: string }) {
  await tx.$executeRaw`
    INSERT INTO codebook_undos (id, workspace_id, actor_id, action, codes, touched, used_at)
    SELECT ${u.id}::uuid, ${u.workspaceId}::uuid, ${u.actorId}::uuid, ${`${u.undone.action}-undone`}, ${JSON.stringify(NO_PLAN)}::jsonb,
      touched, now()
    FROM codebook_undos WHERE id = ${u.undone.id}::uuid`;
}

/** Puts the kept uses of the involved codes back on the touched annotations (and drops any they gained since). */
export async function restoreUses(tx: DbOrTx, undoId: string, involved: readonly string[]): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM annotation_codes ac
    WHERE ac.code_id = ANY(${involved}::uuid[]) AND ac.annotation_id IN (${touchedBy(undoId)})`;
  await tx.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT k.annotation_id, k.code_id, k.position
    FROM codebook_undos u
    CROSS JOIN LATERAL unnest(u.use_annotations, u.use_codes, u.use_positions) AS k(annotation_id, code_id, position)
    JOIN annotations a ON a.id = k.annotation_id
    JOIN codes c ON c.id = k.code_id
    WHERE u.id = ${undoId}::uuid
    ON CONFLICT (annotation_id, code_id) DO UPDATE SET position = EXCLUDED.position`;
}
