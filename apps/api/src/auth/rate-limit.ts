import type { Db } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { countAttempt } from "./rate-limit-sql.ts";

export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counter kept in PostgreSQL, so every API instance sees the same count.
 * Throws rate_limited once `max` attempts were made in the current window.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule): Promise<void> {
  const row = await countAttempt(db, key, rule.windowSeconds);
  if (row && row.count > rule.max) {
    const retryAfterSeconds = Math.max(1, Math.ceil((row.window_start.getTime() + rule.windowSeconds * 1000 - Date.now()) / 1000));
    throw new AppError("rate_limited", "too many attempts; try again later", { retryAfterSeconds });
  }
}
