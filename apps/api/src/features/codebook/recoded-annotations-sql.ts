import type { DbOrTx } from "../../db/in-transaction.ts";
import { LIVE_CHANNEL } from "../live/live-channel.ts";

/**
 * After a codebook operation changed the codes of the annotations its undo lists as touched: each gets a new version
 * and a `recoded` entry in its history (the involved codes it had, and its codes now), and each statement with live
 * ones among them one `annotations.recoded` event listing them with their codes, so open readers follow. Set-based:
 * a few statements for any number of annotations. The codes are aggregated in one grouped pass, not one subquery per
 * annotation.
 */
export async function announceRecoded(tx: DbOrTx, o: { undoId: string; workspaceId: string; actorId: string; operation: string }) {
  await tx.$executeRaw`
    WITH touched AS (SELECT DISTINCT annotation_id AS id FROM codebook_undo_uses WHERE undo_id = ${o.undoId}::uuid),
    bumped AS (
      UPDATE annotations a SET version = a.version + 1, updated_at = now()
      FROM touched WHERE a.id = touched.id AND a.workspace_id = ${o.workspaceId}::uuid
      RETURNING a.id, a.version, a.statement_id, a.deleted_at
    ),
    coded AS (
      SELECT ac.annotation_id AS id,
        jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'type', c.type) ORDER BY c.type, ac.position) AS codes
      FROM annotation_codes ac JOIN codes c ON c.id = ac.code_id
      WHERE ac.annotation_id IN (SELECT id FROM touched)
      GROUP BY ac.annotation_id
    ),
    had AS (
      SELECT u.annotation_id AS id,
        jsonb_agg(jsonb_build_object('id', u.code_id, 'name', c.name, 'type', c.type) ORDER BY c.type, u.position) AS codes
      FROM codebook_undo_uses u JOIN codes c ON c.id = u.code_id
      WHERE u.undo_id = ${o.undoId}::uuid
      GROUP BY u.annotation_id
    ),
    now_coded AS (
      SELECT b.id, b.version, b.statement_id, b.deleted_at, coalesce(coded.codes, '[]'::jsonb) AS codes, coalesce(had.codes, '[]'::jsonb) AS had
      FROM bumped b LEFT JOIN coded ON coded.id = b.id LEFT JOIN had ON had.id = b.id
    ),
    history AS (
      INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, before, after)
      SELECT gen_random_uuid(), n.id, n.version, 'recoded', ${o.actorId}::uuid, jsonb_build_object('codes', n.had),
        jsonb_build_object('codes', n.codes, 'operation', ${o.operation}::text)
      FROM now_coded n
    ),
    announced AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      SELECT ${o.workspaceId}::uuid, n.statement_id, 'annotations.recoded', NULL, ${o.actorId}::uuid,
        jsonb_build_object('schema', 1, 'annotations',
          jsonb_agg(jsonb_build_object('id', n.id, 'version', n.version, 'codes', n.codes) ORDER BY n.id)),
        clock_timestamp()
      FROM now_coded n WHERE n.deleted_at IS NULL
      GROUP BY n.statement_id
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM announced`;
}
