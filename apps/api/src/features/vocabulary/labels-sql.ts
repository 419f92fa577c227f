import type { Db } from "../../db/database.ts";

/**
 * The workspace's labels (the codebook's label codes, deprecated ones left out) with how many live annotations use
 * each, most used first.
 */
export async function labelUses(db: Db, workspaceId: string): Promise<{ name: string; uses: bigint }[]> {
  return db.$queryRaw<{ name: string; uses: bigint }[]>`
    SELECT c.name, count(a.id) AS uses
    FROM codes c
    LEFT JOIN annotation_codes ac ON ac.code_id = c.id
    LEFT JOIN annotations a ON a.id = ac.annotation_id AND a.deleted_at IS NULL
    WHERE c.workspace_id = ${workspaceId}::uuid AND c.type = 'label' AND c.status <> 'deprecated'
    GROUP BY c.id, c.name
    ORDER BY uses DESC, c.name ASC`;
}
