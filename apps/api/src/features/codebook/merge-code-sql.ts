import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { CODE_ROW_JSON, type CodeRow } from "./code-row.ts";

/** Moves `from`'s child codes under `into`; returns them as they were (with their versions raised). */
export async function reparentChildren(tx: DbOrTx, from: string, into: string): Promise<CodeRow[]> {
  const rows = await tx.$queryRaw<{ row: CodeRow }[]>`
    UPDATE codes c SET parent_id = ${into}::uuid, version = c.version + 1, updated_at = now()
    WHERE c.parent_id = ${from}::uuid
    RETURNING ${Prisma.raw(CODE_ROW_JSON)} AS row`;
  return rows.map((r) => r.row);
}

/**
 * Gives every annotation that has `from` the code `into` in its place (its position kept; an annotation that had
 * both keeps `into` where it was), then takes `from` off them.
 */
export async function moveUses(tx: DbOrTx, from: string, into: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO annotation_codes (annotation_id, code_id, position)
    SELECT annotation_id, ${into}::uuid, position FROM annotation_codes WHERE code_id = ${from}::uuid
    ON CONFLICT (annotation_id, code_id) DO NOTHING`;
  await tx.$executeRaw`DELETE FROM annotation_codes WHERE code_id = ${from}::uuid`;
}
