import type { Db } from "../db/database.ts";

export interface AttemptCount {
  count: number;
  window_start: Date;
}

/**
 * Counts one attempt under `key` in a fixed window kept in PostgreSQL, so every API instance sees the same count:
 * one upsert that starts a new window (count 1) once the current one is older than `windowSeconds`.
 */
export async function countAttempt(db: Db, key: string, windowSeconds: number): Promise<AttemptCount | undefined> {
  const rows = await db.$queryRaw<AttemptCount[]>`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE rate_limits.window_start END
    RETURNING count, window_start`;
  return rows[0];
}
