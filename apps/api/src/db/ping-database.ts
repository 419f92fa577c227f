import type { Db } from "./database.ts";

/** One round trip to PostgreSQL (the health check): throws when the database cannot answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
