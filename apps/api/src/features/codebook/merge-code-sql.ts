import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { CODE_ROW_JSON, type CodeRow } from "./code-row.ts";

/** Moves `from`'s child codes under `into` (the top level for null); returns them as they are now (versions raised). */
export async function reparentChildren(tx: DbOrTx, from: string, into: string | null): Promise<CodeRow[]> {
  const rows = await tx.$queryRaw<{ row: CodeRow }[]>`
    UPDATE codes c SET parent_id = ${into}::uuid, version = c.version + 1, updated_at = now()
    WHERE c.parent_id = ${from}::uuid
    RETURNING ${Prisma.raw(CODE_ROW_JSON)} AS row`;
  return rows.map((r) => r.row);
}

/**
 * Gives every annotation that has `from` the code `into` in its place (its position kept; an annotation that had
 * both keeps `into` where it was), then takes `from` off them. An UPDATE of the uses, not an insert and a delete:
 * half the writes.
 */
export async function moveUses(tx: DbOrTx, from: string, into: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE annotation_codes ac SET code_id = ${into}::uuid
    WHERE ac.code_id = ${from}::uuid
      AND NOT EXISTS (SELECT 1 FROM annotation_codes o WHERE o.annotation_id = ac.annotation_id AND o.code_id = ${into}::uuid)`;
  await tx.$executeRaw`DELETE FROM annotation_codes WHERE code_id = ${from}::uuid`;
}
