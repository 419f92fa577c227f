import pg from "pg";

/**
 * A small pool of its own for long reads (exports), so that slow downloads holding a connection each
 * never starve the Prisma client's pool that every other request uses.
 */
const urls = new WeakMap<object, string>();
const pools = new WeakMap<object, pg.Pool>();

export const STREAM_POOL_SIZE = 4;

export function rememberDatabaseUrl(db: object, url: string): void {
  urls.set(db, url);
}

export function streamPool(db: object): pg.Pool {
  const existing = pools.get(db);
  if (existing) return existing;
  const url = urls.get(db);
  if (!url) throw new Error("this database client was not made by createPrismaClient, so its URL is unknown");
  const pool = new pg.Pool({ connectionString: url, max: STREAM_POOL_SIZE, idleTimeoutMillis: 5_000, allowExitOnIdle: true });
  // An idle connection the server closed (restart, DROP DATABASE … FORCE) is dropped by the pool; nothing else to do.
  pool.on("error", () => {});
  pools.set(db, pool);
  return pool;
}

export async function closeStreamPool(db: object): Promise<void> {
  const pool = pools.get(db);
  pools.delete(db);
  await pool?.end();
}
