import type { Db } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";

export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counter kept in PostgreSQL, so every API instance sees the same count.
 * Throws rate_limited once `max` attempts were made in the current window.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<void> {
  const rows = await db.$queryRaw<{ count: number; window_start: Date }[]>`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start < now() - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start < now() - make_interval(secs => ${rule.windowSeconds}) THEN now() ELSE rate_limits.window_start END
    RETURNING count, window_start`;
  const row = rows[0];
  if (row && row.count > rule.max) {
    const retryAfterSeconds = Math.max(1, Math.ceil((row.window_start.getTime() + rule.windowSeconds * 1000 - Date.now()) / 1000));
    throw new AppError("rate_limited", "too many attempts; try again later", { retryAfterSeconds });
  }
}
