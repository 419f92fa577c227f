import type { DbOrTx } from "../../db/in-transaction.ts";
import { LIVE_CHANNEL } from "../live/live-channel.ts";
import { touchedBy } from "./codebook-undo-sql.ts";

/**
 * After a codebook operation changed the codes of the annotations it keeps as touched: each gets a new version, which
 * the operation's row keeps beside it (so each one's history lists the operation, by whom and when, at that version:
 * recoded-history-sql.ts), and each statement with live ones among them one `annotations.recoded` event listing them
 * with their new versions, so open readers load them again. One statement for any number of annotations, and
 * nothing written per annotation but its new version: at 100,000 annotations every extra row each costs seconds
 * (bench/codebook).
 */
export async function announceRecoded(tx: DbOrTx, o: { undoId: string; workspaceId: string; actorId: string }) {
  await tx.$executeRaw`
    WITH bumped AS (
      UPDATE annotations a SET version = a.version + 1, updated_at = now()
      WHERE a.id IN (${touchedBy(o.undoId)}) AND a.workspace_id = ${o.workspaceId}::uuid
      RETURNING a.id, a.version, a.statement_id, a.deleted_at
    ),
    recorded AS (
      -- touched is sorted by ID, so the versions in ID order are in its order. It is written again only if some
      -- annotation in it is gone (an unchanged touched leaves its index entries alone: a HOT update).
      UPDATE codebook_undos SET
        versions = (SELECT coalesce(array_agg(b.version ORDER BY b.id), '{}') FROM bumped b),
        touched = CASE WHEN cardinality(touched) = (SELECT count(*) FROM bumped) THEN touched
                       ELSE (SELECT coalesce(array_agg(b.id ORDER BY b.id), '{}') FROM bumped b) END
      WHERE id = ${o.undoId}::uuid
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
