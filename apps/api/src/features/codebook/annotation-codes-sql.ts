import type { CodeRef, CodeType } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/** Each code's position among the codes of its type, in the order given (labels and topics are ordered apart). */
export function positionsOf(codes: readonly CodeRef[]): { ids: string[]; positions: number[] } {
  const next: Record<CodeType, number> = { topic: 0, label: 0 };
  return { ids: codes.map((c) => c.id), positions: codes.map((c) => next[c.type]++) };
}

/** Sets an annotation's codes of these types to `codes` (its codes of other types stay). */
export async function replaceAnnotationCodes(
  db: DbOrTx,
  annotationId: string,
  types: readonly CodeType[],
  codes: readonly CodeRef[],
): Promise<void> {
  const { ids, positions } = positionsOf(codes.filter((c) => types.includes(c.type)));
  // Two statements: one that deleted and inserted the same row would trip over itself.
  await db.$executeRaw`
    DELETE FROM annotation_codes ac USING codes c
    WHERE ac.annotation_id = ${annotationId}::uuid AND c.id = ac.code_id AND c.type::text = ANY(${types}::text[])`;
  if (ids.length === 0) return;
  await db.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT ${annotationId}::uuid, x.id, x.position FROM unnest(${ids}::uuid[], ${positions}::int[]) AS x(id, position)`;
}

/** The writes that give a new annotation its codes, as a CTE to run beside the INSERT that makes it (`created`). */
export function codesOfCreated(codes: readonly CodeRef[]): Prisma.Sql {
  const { ids, positions } = positionsOf(codes);
  return Prisma.sql`
    coded AS (
      INSERT INTO annotation_codes (annotation_id, code_id, position)
      SELECT created.id, x.id, x.position FROM created, unnest(${ids}::uuid[], ${positions}::int[]) AS x(id, position)
    ),`;
}

/** Gives many new annotations their codes in one statement (an import). */
export async function insertAnnotationCodes(
  db: DbOrTx,
  coded: readonly { annotationId: string; codes: readonly CodeRef[] }[],
): Promise<void> {
  const annotationIds: string[] = [];
  const codeIds: string[] = [];
  const positions: number[] = [];
  for (const { annotationId, codes } of coded) {
    const { ids, positions: at } = positionsOf(codes);
    for (const [i, id] of ids.entries()) {
      annotationIds.push(annotationId);
      codeIds.push(id);
      positions.push(at[i]!);
    }
  }
  if (codeIds.length === 0) return;
  await db.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT * FROM unnest(${annotationIds}::uuid[], ${codeIds}::uuid[], ${positions}::int[])`;
}
