import type { CodeRef } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ExportWhere } from "../exports/export-query-sql.ts";
import { touchedBy } from "./codebook-undo-sql.ts";

/**
 * The writes of a merge, a split, a deletion and a bulk change, each set-based. Each operation first keeps, for its
 * undo, the annotations it will touch (codebook-undo-sql's keepTouched, with one of the queries here), and then
 * changes exactly that set, which announceRecoded then announces.
 */

/** The annotations that have `code`. */
export const touchingCode = (code: string): Prisma.Sql =>
  Prisma.sql`SELECT annotation_id FROM annotation_codes WHERE code_id = ${code}::uuid`;

/** The listed annotations of the workspace that have `code`. */
export const touchingCodeAmong = (o: { workspaceId: string; code: string; annotations: readonly string[] }): Prisma.Sql => Prisma.sql`
  SELECT ac.annotation_id FROM annotation_codes ac JOIN annotations a ON a.id = ac.annotation_id AND a.workspace_id = ${o.workspaceId}::uuid
  WHERE ac.code_id = ${o.code}::uuid AND ac.annotation_id = ANY(${o.annotations as string[]}::uuid[])`;

/**
 * The selected live annotations a bulk change alters: those lacking a code to add (a topic only on a position, the
 * one kind with topics), or having one to remove.
 */
export const alteredBySelection = (o: {
  where: ExportWhere;
  add: readonly string[];
  remove: readonly string[];
  annotations?: readonly string[] | undefined;
}): Prisma.Sql => {
  const only = o.annotations ? Prisma.sql`AND a.id = ANY(${o.annotations as string[]}::uuid[])` : Prisma.empty;
  return Prisma.sql`
    SELECT a.id AS annotation_id FROM annotations a JOIN statements s ON s.id = a.statement_id
    WHERE ${o.where.statement} AND ${o.where.annotation} ${only}
      AND (EXISTS (
          SELECT 1 FROM codes c
          WHERE c.id = ANY(${o.add as string[]}::uuid[]) AND (c.type = 'label' OR a.kind = 'position')
            AND NOT EXISTS (SELECT 1 FROM annotation_codes ac WHERE ac.annotation_id = a.id AND ac.code_id = c.id))
        OR EXISTS (SELECT 1 FROM annotation_codes ac WHERE ac.annotation_id = a.id AND ac.code_id = ANY(${o.remove as string[]}::uuid[])))`;
};

/**
 * Gives the touched annotations that have `from` the code `into` in its place (its position kept; one that had both
 * keeps `into` where it was), then takes `from` off them. An UPDATE of the uses, not an insert and a delete: half
 * the writes.
 */
export async function moveTouchedUses(tx: DbOrTx, undoId: string, from: string, into: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE annotation_codes ac SET code_id = ${into}::uuid
    WHERE ac.code_id = ${from}::uuid AND ac.annotation_id IN (${touchedBy(undoId)})
      AND NOT EXISTS (SELECT 1 FROM annotation_codes o WHERE o.annotation_id = ac.annotation_id AND o.code_id = ${into}::uuid)`;
  await dropTouchedUses(tx, undoId, [from]);
}

/** Takes these codes off the touched annotations. */
export async function dropTouchedUses(tx: DbOrTx, undoId: string, codes: readonly string[]): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM annotation_codes WHERE code_id = ANY(${codes}::uuid[]) AND annotation_id IN (${touchedBy(undoId)})`;
}

/** Puts the codes to add on the touched annotations that lack them (topics on positions only), after their others. */
export async function addToTouched(tx: DbOrTx, undoId: string, add: readonly string[]): Promise<void> {
  if (add.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT t.annotation_id, c.id,
      coalesce((SELECT max(ac.position) + 1 FROM annotation_codes ac JOIN codes o ON o.id = ac.code_id
                WHERE ac.annotation_id = t.annotation_id AND o.type = c.type), 0) + x.ord::int - 1
    FROM (${touchedBy(undoId)}) t
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
