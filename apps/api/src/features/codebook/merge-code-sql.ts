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
