import type { Db } from "../../db/database.ts";
import { LIVE_CHANNEL, PRESENCE_PREFIX } from "./live-channel.ts";

/** After this long without a heartbeat a stream's reader no longer counts (its instance died, say). */
export const PRESENCE_STALE_SECONDS = 30;

/**
 * The heartbeat of an instance: its open streams are seen now, and rows that no instance kept fresh are swept,
 * announcing the statements whose readers changed. Any instance may sweep; each row goes once.
 */
export async function refreshPresence(db: Db, connectionIds: string[], staleSeconds = PRESENCE_STALE_SECONDS): Promise<void> {
  if (connectionIds.length > 0) {
    await db.$executeRaw`UPDATE presence SET last_seen = now() WHERE connection_id = ANY(${connectionIds}::uuid[])`;
  }
  await db.$executeRaw`
    WITH gone AS (
      DELETE FROM presence WHERE last_seen < now() - make_interval(secs => ${staleSeconds}) RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, ${PRESENCE_PREFIX} || statement_id::text) FROM (SELECT DISTINCT statement_id FROM gone) s`;
}
