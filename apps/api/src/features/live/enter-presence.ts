import type { Db } from "../../db/database.ts";
import { LIVE_CHANNEL, presencePayload } from "./live-channel.ts";

export interface PresenceEntry {
  connectionId: string;
  statementId: string;
  userId: string;
  instanceId: string;
}

/** Records an open stream and tells every instance that the statement's readers changed. */
export async function enterPresence(db: Db, p: PresenceEntry): Promise<void> {
  await db.$executeRaw`
    WITH upserted AS (
      INSERT INTO presence (connection_id, statement_id, user_id, instance_id, last_seen)
      VALUES (${p.connectionId}::uuid, ${p.statementId}::uuid, ${p.userId}::uuid, ${p.instanceId}, now())
      ON CONFLICT (connection_id) DO UPDATE SET last_seen = now()
      RETURNING statement_id
    )
    SELECT pg_notify(${LIVE_CHANNEL}, ${presencePayload(p.statementId)}) FROM upserted`;
}
