import type { Db } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { countAttempt } from "./rate-limit-sql.ts";
import { attemptsSoFar, clearAttempts, hitRateLimit, type RateLimitRule, rateLimited } from "./rate-limit.ts";

/** Sign-in attempts from one client address, whatever the account: guesses spread over many accounts. */
export async function hitAddressLimit(db: Db, rule: RateLimitRule, ip: string): Promise<void> {
  await hitRateLimit(db, `login:ip:${ip}`, rule, "too many sign-in attempts from your address");
}

/** The account as a whole may fail this many times the pair's limit, across all addresses, before it slows down. */
const ACCOUNT_FACTOR = 5;

/**
 * Runs a password check (sign-in, or joining through an invitation with an existing account) under limits that
 * stop guessing without letting a guesser lock the owner out:
 * - each (account, client address) pair gets `rule.max` attempts per window; a success clears the pair's count;
 * - once the account has failed `ACCOUNT_FACTOR × rule.max` times in a window, from any addresses, an address that
 *   has itself failed for it in the pair's window is refused too, so the owner on an address of their own is not.
 * Only a wrong password (invalid_credentials) counts as a failure of the account.
 */
export async function throttlePasswordCheck<T>(
  db: Db,
  rule: RateLimitRule,
  who: { email: string; ip: string },
  check: () => Promise<T>,
): Promise<T> {
  const pairKey = `login:pair:${who.email}:${who.ip}`;
  const accountKey = `login:account:${who.email}`;
  const accountRule = { max: rule.max * ACCOUNT_FACTOR, windowSeconds: rule.windowSeconds };
  const tries = await hitRateLimit(db, pairKey, rule, "too many sign-in attempts for this account from your address");
  const account = await attemptsSoFar(db, accountKey, accountRule);
  if (tries > 1 && account.count >= accountRule.max) {
    throw rateLimited("too many wrong passwords for this account", account.retryAfterSeconds);
  }
  try {
    const result = await check();
    await clearAttempts(db, pairKey);
    return result;
  } catch (e) {
    if (e instanceof AppError && e.code === "invalid_credentials") await countAttempt(db, accountKey, accountRule.windowSeconds);
    throw e;
  }
}
