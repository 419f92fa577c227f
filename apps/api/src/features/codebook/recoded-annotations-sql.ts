import type { DbOrTx } from "../../db/in-transaction.ts";
import { LIVE_CHANNEL } from "../live/live-channel.ts";

/**
 * After a codebook operation changed the codes of the annotations its undo lists as touched: each gets a new version
 * and a `recoded` entry in its history (which operation, by whom; the operation itself, with the codes, is in
 * code_changes), and each statement with live ones among them one `annotations.recoded` event listing them with their
 * new versions, so open readers load them again. One statement for any number of annotations, and nothing computed
 * per annotation but the writes themselves: at 100,000 annotations every extra pass costs seconds (bench/codebook).
 */
export async function announceRecoded(tx: DbOrTx, o: { undoId: string; workspaceId: string; actorId: string; operation: string }) {
  await tx.$executeRaw`
    WITH touched AS (SELECT DISTINCT annotation_id AS id FROM codebook_undo_uses WHERE undo_id = ${o.undoId}::uuid),
    bumped AS (
      UPDATE annotations a SET version = a.version + 1, updated_at = now()
      FROM touched WHERE a.id = touched.id AND a.workspace_id = ${o.workspaceId}::uuid
      RETURNING a.id, a.version, a.statement_id, a.deleted_at
    ),
    history AS (
      INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, after)
      SELECT gen_random_uuid(), b.id, b.version, 'recoded', ${o.actorId}::uuid,
        jsonb_build_object('operation', ${o.operation}::text, 'change', ${o.undoId}::text)
      FROM bumped b
    ),
    announced AS (
      INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload, created_at)
      SELECT ${o.workspaceId}::uuid, b.statement_id, 'annotations.recoded', NULL, ${o.actorId}::uuid,
        jsonb_build_object('schema', 1, 'annotations', jsonb_agg(jsonb_build_object('id', b.id, 'version', b.version) ORDER BY b.id)),
        clock_timestamp()
      FROM bumped b WHERE b.deleted_at IS NULL
      GROUP BY b.statement_id
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, statement_id::text) FROM announced`;
}
