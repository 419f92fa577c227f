import type { Db } from "../../db/database.ts";
import { pingDatabase } from "../../db/ping-database.ts";

/**
 * Whether the database answers one round trip within timeoutMs. Bounded, so that the health check answers promptly
 * when the database is down (a connection may wait for a pool slot, or for a server that is starting).
 */
export async function checkDatabase(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = pingDatabase(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
