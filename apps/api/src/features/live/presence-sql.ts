import type { Db } from "../../db/database.ts";
import { LIVE_CHANNEL, PRESENCE_PREFIX, presencePayload } from "./live-channel.ts";

/**
 * Who has a statement open, kept in PostgreSQL (the `presence` table, a row per open stream) so that every
 * instance sees every reader. Each change is announced on the live channel in the same statement.
 */

/** After this long without a heartbeat a stream's reader no longer counts (its instance died, say). */
export const PRESENCE_STALE_SECONDS = 30;

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

export interface Reader {
  id: string;
  name: string;
}

/** The distinct users with the statement open, by name; a stream not refreshed lately does not count. */
export async function listReaders(db: Db, statementId: string, staleSeconds = PRESENCE_STALE_SECONDS): Promise<Reader[]> {
  return db.$queryRaw<Reader[]>`
    SELECT u.id::text AS id, u.name FROM users u
    WHERE u.id IN (
      SELECT user_id FROM presence
      WHERE statement_id = ${statementId}::uuid AND last_seen > now() - make_interval(secs => ${staleSeconds})
    )
    ORDER BY u.name, u.id`;
}
