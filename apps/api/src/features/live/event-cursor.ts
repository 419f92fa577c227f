/** A position in a statement's events: everything at or before (txId, id) in delivery order has been seen. */
export interface EventCursor {
  txId: string;
  id: string;
}

export const START_OF_EVENTS: EventCursor = { txId: "0", id: "0" };

/** Whether `event` comes after `cursor` in delivery order (see readEventsSince in events-sql.ts). */
export function isAfter(event: EventCursor, cursor: EventCursor): boolean {
  const tx = BigInt(event.txId) - BigInt(cursor.txId);
  return tx > 0n || (tx === 0n && BigInt(event.id) > BigInt(cursor.id));
}
