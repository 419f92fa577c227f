import type { Db } from "../../db/database.ts";

/** A position in a statement's events: everything at or before (txId, id) in delivery order has been seen. */
export interface EventCursor {
  txId: string;
  id: string;
}

export const START_OF_EVENTS: EventCursor = { txId: "0", id: "0" };

/** Whether `event` comes after `cursor` in delivery order (see read-events-since.ts). */
export function isAfter(event: EventCursor, cursor: EventCursor): boolean {
  const tx = BigInt(event.txId) - BigInt(cursor.txId);
  return tx > 0n || (tx === 0n && BigInt(event.id) > BigInt(cursor.id));
}

/** The position of the event a client last received; null when it is no event of this statement. */
export async function cursorOfEvent(db: Db, statementId: string, eventId: string): Promise<EventCursor | null> {
  if (eventId === "0") return START_OF_EVENTS;
  const [row] = await db.$queryRaw<{ tx_id: string }[]>`
    SELECT tx_id::text FROM events WHERE id = ${eventId}::bigint AND statement_id = ${statementId}::uuid`;
  return row ? { txId: row.tx_id, id: eventId } : null;
}
