import { sha256 } from "../../auth/secrets.ts";
import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { isStoredRecordOf } from "../../db/stored-record.ts";
import { AppError } from "../../http/app-error.ts";
import { ANNOTATION_RECORD_SCHEMA, type AnnotationRecord, readAnnotationRecord, storedAnnotationRecord } from "./annotation-record.ts";
import { deleteExpiredKeys, insertKeyAnswer } from "./idempotency-keys-sql.ts";

/** How long a key is remembered; older ones are deleted when their user next sends a key. */
export const IDEMPOTENCY_HOURS = 24;

/**
 * The first answer to a key: its status and the annotation it made, kept as a domain record (annotation-record.ts)
 * and presented when replayed, so that answers stored before a change of the API's contract still replay.
 */
export interface StoredAnswer {
  status: number;
  annotation: AnnotationRecord;
}

/** The same request gives the same hash whatever order its JSON keys came in. */
export function requestHash(request: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, canonical(x)]),
      );
    }
    return v;
  };
  return sha256(JSON.stringify(canonical(request)));
}

/** The answer first given to this key, if it is still remembered; 422 when the key came with another request. */
export async function findStoredAnswer(db: Db, userId: string, key: string, hash: string): Promise<StoredAnswer | null> {
  await deleteExpiredKeys(db, userId, IDEMPOTENCY_HOURS);
  const row = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (!row) return null;
  if (row.requestHash !== hash) {
    throw new AppError("idempotency_key_reused", "this Idempotency-Key was already used for a different request; send a new key");
  }
  // Answers stored before records had a schema are `{ annotation }` as the API sent it then.
  const stored = isStoredRecordOf(row.body, ANNOTATION_RECORD_SCHEMA) && "annotation" in row.body ? row.body["annotation"] : row.body;
  const annotation = readAnnotationRecord(stored);
  if (!annotation) throw new Error(`the answer stored for an Idempotency-Key cannot be read (user ${userId})`);
  return { status: row.status, annotation };
}

/**
 * Stores the answer in the transaction that made it, so the two commit together. A concurrent request with the
 * same key waits here on the primary key until the first commits; it then stores nothing and says so (false).
 */
export async function storeAnswer(tx: Prisma.TransactionClient, userId: string, key: string, hash: string, answer: StoredAnswer) {
  return insertKeyAnswer(tx, { userId, key, requestHash: hash, status: answer.status, body: storedAnnotationRecord(answer.annotation) });
}
