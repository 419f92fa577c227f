import type { Db } from "../../db/database.ts";
import { type EventCursor, START_OF_EVENTS } from "./event-cursor.ts";

export interface StoredEvent {
  id: string;
  txId: string;
  type: string;
  actorId: string;
  payload: unknown;
  createdAt: Date;
}

export interface EventBatch {
  events: StoredEvent[];
  /** Some later events have committed but wait behind an older transaction still running: read again soon. */
  held: boolean;
}

/**
 * The statement's events after `after`, in delivery order. The rule, in one place:
 *
 * IDs are taken at insert but transactions commit in any order, so "id > last seen" could skip an event whose
 * transaction commits after a later ID was delivered. An event is therefore delivered only once its transaction
 * (tx_id) is older than every transaction still running: below that line the set of events can no longer change.
 * The order is (tx_id, id), not id alone: a transaction can take its xid before another but its event ID after,
 * and ordering by ID would then deliver the later ID first and never look back for the earlier one.
 * All of it is one statement, so the snapshot that decides what is visible also gives the line.
 */
export async function readEventsSince(db: Db, statementId: string, after: EventCursor, limit = 500): Promise<EventBatch> {
  const rows = await db.$queryRaw<
    { held: boolean; id: string | null; tx_id: string | null; type: string; actor_id: string; payload: unknown; created_at: Date }[]
  >`
    WITH line AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
    ready AS (
      SELECT e.id, e.tx_id, e.type, e.actor_id, e.payload, e.created_at FROM events e, line
      WHERE e.statement_id = ${statementId}::uuid AND (e.tx_id, e.id) > (${after.txId}::xid8, ${after.id}::bigint) AND e.tx_id < line.xmin
      ORDER BY e.tx_id, e.id
      LIMIT ${limit}
    ),
    waiting AS (
      SELECT EXISTS (
        SELECT 1 FROM events e, line
        WHERE e.statement_id = ${statementId}::uuid AND (e.tx_id, e.id) > (${after.txId}::xid8, ${after.id}::bigint) AND e.tx_id >= line.xmin
      ) AS held
    )
    SELECT waiting.held, ready.id::text, ready.tx_id::text, ready.type, ready.actor_id::text, ready.payload, ready.created_at
    FROM waiting LEFT JOIN ready ON true
    ORDER BY ready.tx_id, ready.id`;
  const held = rows[0]?.held ?? false;
  const events = rows
    .filter((r) => r.id !== null && r.tx_id !== null)
    .map((r) => ({ id: r.id!, txId: r.tx_id!, type: r.type, actorId: r.actor_id, payload: r.payload, createdAt: r.created_at }));
  return { events, held };
}

/** Where a stream without Last-Event-ID starts: after the last event that can be delivered now (the same rule). */
export async function latestCursor(db: Db, statementId: string): Promise<EventCursor> {
  const [row] = await db.$queryRaw<{ id: string; tx_id: string }[]>`
    SELECT e.id::text AS id, e.tx_id::text AS tx_id FROM events e
    WHERE e.statement_id = ${statementId}::uuid AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY e.tx_id DESC, e.id DESC LIMIT 1`;
  return row ? { txId: row.tx_id, id: row.id } : START_OF_EVENTS;
}
