import type { CodeRef } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ExportWhere } from "../exports/export-query-sql.ts";

/**
 * The writes of a split, a deletion and a bulk change, each set-based. Each first keeps, for the undo, the involved
 * codes' uses on the annotations it will change (codebook_undo_uses, a null code for one with none of them): that
 * table is then the set the change applies to, and announceRecoded's.
 */

/** Keeps the uses of the involved codes on the listed annotations that have `code`. */
export async function keepUsesOn(
  tx: DbOrTx,
  o: { undoId: string; workspaceId: string; annotations: readonly string[]; code: string; involved: readonly string[] },
): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO codebook_undo_uses (undo_id, annotation_id, code_id, position)
    SELECT ${o.undoId}::uuid, ac.annotation_id, ac.code_id, ac.position
    FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id AND a.workspace_id = ${o.workspaceId}::uuid
    WHERE ac.code_id = ANY(${o.involved}::uuid[])
      AND ac.annotation_id IN (
        SELECT annotation_id FROM annotation_codes
        WHERE code_id = ${o.code}::uuid AND annotation_id = ANY(${o.annotations}::uuid[]))`;
}

/** Moves the touched annotations' uses of `from` to `into` (the position kept; one that had both keeps `into`'s). */
export async function moveTouchedUses(tx: DbOrTx, undoId: string, from: string, into: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT u.annotation_id, ${into}::uuid, u.position FROM codebook_undo_uses u
    WHERE u.undo_id = ${undoId}::uuid AND u.code_id = ${from}::uuid
    ON CONFLICT (annotation_id, code_id) DO NOTHING`;
  await dropTouchedUses(tx, undoId, [from]);
}

/** Takes these codes off the touched annotations. */
export async function dropTouchedUses(tx: DbOrTx, undoId: string, codes: readonly string[]): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM annotation_codes
    WHERE code_id = ANY(${codes}::uuid[])
      AND annotation_id IN (SELECT annotation_id FROM codebook_undo_uses WHERE undo_id = ${undoId}::uuid)`;
}

/**
 * Keeps the uses of `add` and `remove` on every selected live annotation the change alters: one lacking a code to
 * add (a topic only on a position, the one kind with topics), or having one to remove.
 */
export async function keepUsesOfSelection(
  tx: DbOrTx,
  o: { undoId: string; where: ExportWhere; add: readonly string[]; remove: readonly string[]; annotations?: readonly string[] | undefined },
): Promise<void> {
  const involved = [...o.add, ...o.remove];
  const only = o.annotations ? Prisma.sql`AND a.id = ANY(${o.annotations}::uuid[])` : Prisma.empty;
  await tx.$executeRaw`
    WITH selected AS (
      SELECT a.id, a.kind FROM annotations a JOIN statements s ON s.id = a.statement_id
      WHERE ${o.where.statement} AND ${o.where.annotation} ${only}
    ),
    altered AS (
      SELECT sel.id FROM selected sel
      WHERE EXISTS (
          SELECT 1 FROM codes c
          WHERE c.id = ANY(${o.add as string[]}::uuid[]) AND (c.type = 'label' OR sel.kind = 'position')
            AND NOT EXISTS (SELECT 1 FROM annotation_codes ac WHERE ac.annotation_id = sel.id AND ac.code_id = c.id))
        OR EXISTS (SELECT 1 FROM annotation_codes ac WHERE ac.annotation_id = sel.id AND ac.code_id = ANY(${o.remove as string[]}::uuid[]))
    )
    INSERT INTO codebook_undo_uses (undo_id, annotation_id, code_id, position)
    SELECT ${o.undoId}::uuid, al.id, ac.code_id, coalesce(ac.position, 0)
    FROM altered al LEFT JOIN annotation_codes ac ON ac.annotation_id = al.id AND ac.code_id = ANY(${involved}::uuid[])`;
}

/** Puts the codes to add on the touched annotations that lack them (topics on positions only), after their others. */
export async function addToTouched(tx: DbOrTx, undoId: string, add: readonly string[]): Promise<void> {
  if (add.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT t.annotation_id, c.id,
      coalesce((SELECT max(ac.position) + 1 FROM annotation_codes ac JOIN codes o ON o.id = ac.code_id
                WHERE ac.annotation_id = t.annotation_id AND o.type = c.type), 0) + x.ord::int - 1
    FROM (SELECT DISTINCT annotation_id FROM codebook_undo_uses WHERE undo_id = ${undoId}::uuid) t
    JOIN annotations a ON a.id = t.annotation_id
    CROSS JOIN unnest(${add as string[]}::uuid[]) WITH ORDINALITY AS x(id, ord)
    JOIN codes c ON c.id = x.id
    WHERE c.type = 'label' OR a.kind = 'position'
    ON CONFLICT (annotation_id, code_id) DO NOTHING`;
}

/** How many selected live annotations cannot take a topic (they are not positions). */
export async function countNotPositions(tx: DbOrTx, where: ExportWhere, annotations?: readonly string[]): Promise<number> {
  const only = annotations ? Prisma.sql`AND a.id = ANY(${annotations as string[]}::uuid[])` : Prisma.empty;
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM annotations a JOIN statements s ON s.id = a.statement_id
    WHERE ${where.statement} AND ${where.annotation} ${only} AND a.kind <> 'position'`;
  return rows[0]?.n ?? 0;
}

/** Which of these codes are the workspace's, with their types. */
export async function codesOfWorkspace(tx: DbOrTx, workspaceId: string, ids: readonly string[]): Promise<CodeRef[]> {
  return tx.$queryRaw<CodeRef[]>`
    SELECT id, name, type::text AS type FROM codes WHERE workspace_id = ${workspaceId}::uuid AND id = ANY(${ids as string[]}::uuid[])`;
}
