import type { Db } from "../../db/database.ts";
import { LIVE_CHANNEL, PRESENCE_PREFIX } from "./live-channel.ts";

/** Removes closed streams (by connection, or every one of an instance that stops) and announces the change. */
export async function leavePresence(db: Db, which: { connectionId: string } | { instanceId: string }): Promise<void> {
  const connectionId = "connectionId" in which ? which.connectionId : null;
  const instanceId = "instanceId" in which ? which.instanceId : null;
  await db.$executeRaw`
    WITH gone AS (
      DELETE FROM presence
      WHERE connection_id = ${connectionId}::uuid OR instance_id = ${instanceId}
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, ${PRESENCE_PREFIX} || statement_id::text) FROM (SELECT DISTINCT statement_id FROM gone) s`;
}
