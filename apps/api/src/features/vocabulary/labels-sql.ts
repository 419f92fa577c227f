import type { Db } from "../../db/database.ts";

/** The workspace's labels with how many live annotations use each, most used first. */
export async function labelUses(db: Db, workspaceId: string): Promise<{ name: string; uses: bigint }[]> {
  return db.$queryRaw<{ name: string; uses: bigint }[]>`
    SELECT l.name, count(a.id) AS uses
    FROM labels l
    LEFT JOIN annotations a ON a.workspace_id = l.workspace_id AND a.deleted_at IS NULL AND l.name = ANY(a.labels)
    WHERE l.workspace_id = ${workspaceId}::uuid
    GROUP BY l.name
    ORDER BY uses DESC, l.name ASC`;
}
