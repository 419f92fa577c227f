import type { Db } from "../../db/database.ts";

export interface RecodedEntry {
  id: string;
  at: Date;
  actor: { id: string; name: string };
  version: number;
}

/**
 * The codebook operations (merges, splits, deletions, bulk changes and their undos) that changed an annotation's
 * codes, each with the version it gave the annotation: kept in the operation's row (codebook_undos.touched and
 * versions, found by their GIN index), not in a history row per annotation. Older operations, with no versions
 * there, have their rows in annotation_changes instead. The entry's ID is derived (a UUID of
 * version 4's shape from a hash), so that it is not the undo token.
 */
export async function recodedHistory(db: Db, workspaceId: string, annotationId: string): Promise<RecodedEntry[]> {
  return db.$queryRaw<RecodedEntry[]>`
    SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid::text AS id,
      u.created_at AS at, json_build_object('id', p.id, 'name', p.name) AS actor,
      u.versions[array_position(u.touched, ${annotationId}::uuid)] AS version
    FROM codebook_undos u JOIN users p ON p.id = u.actor_id
    CROSS JOIN LATERAL md5(u.id::text || ':' || ${annotationId}::text) AS h
    WHERE u.workspace_id = ${workspaceId}::uuid AND u.touched @> ARRAY[${annotationId}::uuid] AND cardinality(u.versions) > 0`;
}
