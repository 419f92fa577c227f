import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

/** Forgets the user's keys older than `hours`. */
export async function deleteExpiredKeys(db: Db, userId: string, hours: number): Promise<void> {
  await db.$executeRaw`
    DELETE FROM idempotency_keys WHERE user_id = ${userId}::uuid AND created_at < now() - make_interval(hours => ${hours})`;
}

export interface KeyAnswer {
  userId: string;
  key: string;
  requestHash: string;
  status: number;
  /** Stored as JSON. */
  body: unknown;
}

/**
 * Stores the first answer to a key; false when the key already has one. A concurrent request with the same key
 * waits here on the primary key until the first commits; it then stores nothing (ON CONFLICT DO NOTHING).
 */
export async function insertKeyAnswer(tx: Prisma.TransactionClient, a: KeyAnswer): Promise<boolean> {
  const stored = await tx.$executeRaw`
    INSERT INTO idempotency_keys (user_id, key, request_hash, status, body)
    VALUES (${a.userId}::uuid, ${a.key}, ${a.requestHash}, ${a.status}, ${JSON.stringify(a.body)}::jsonb)
    ON CONFLICT (user_id, key) DO NOTHING`;
  return stored === 1;
}
