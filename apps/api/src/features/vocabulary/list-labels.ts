import type { Db } from "../../db/database.ts";
import { labelUses } from "./labels-sql.ts";

/** The workspace's label vocabulary with how many live annotations use each, most used first. */
export async function listLabels(db: Db, workspaceId: string) {
  const rows = await labelUses(db, workspaceId);
  return { items: rows.map((r) => ({ name: r.name, uses: Number(r.uses) })) };
}
