import type { Db } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { countAttempt } from "./rate-limit-sql.ts";

export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

/**
 * Fixed-window counter kept in PostgreSQL, so every API instance sees the same count: counts this attempt and
 * throws rate_limited once `max` attempts were made in the current window. Returns the count, this attempt included.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateLimitRule, what = "too many attempts"): Promise<number> {
  const row = await countAttempt(db, key, rule.windowSeconds);
  if (row && row.count > rule.max) throw rateLimited(what, secondsLeft(row.window_start, rule));
  return row?.count ?? 1;
}

/** The attempts counted under `key` in its current window, without counting one more. */
export async function attemptsSoFar(db: Db, key: string, rule: RateLimitRule): Promise<{ count: number; retryAfterSeconds: number }> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  const open = row !== null && row.windowStart.getTime() + rule.windowSeconds * 1000 > Date.now();
  return open ? { count: row.count, retryAfterSeconds: secondsLeft(row.windowStart, rule) } : { count: 0, retryAfterSeconds: 0 };
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** 429 whose message says when to try again, as `details.retryAfterSeconds` and the Retry-After header do. */
export function rateLimited(what: string, retryAfterSeconds: number): AppError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? plural(retryAfterSeconds, "second") : plural(minutes, "minute");
  return new AppError("rate_limited", `${what}; try again in ${wait}`, { retryAfterSeconds });
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
const secondsLeft = (windowStart: Date, rule: RateLimitRule): number =>
  Math.max(1, Math.ceil((windowStart.getTime() + rule.windowSeconds * 1000 - Date.now()) / 1000));
