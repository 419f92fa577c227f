import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { applyMigrations } from "./migrate.ts";
import { rememberDatabaseUrl } from "./stream-pool.ts";

export type DatabaseKind = "embedded" | "external";

export interface DatabaseHandle {
  url: string;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/** The repository's root: the nearest folder above this module (in src/ or the dist/ bundle) whose package.json lists workspaces. */
export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && "workspaces" in (JSON.parse(readFileSync(manifest, "utf8")) as object)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${from}`);
  }
}

export const migrationsDir = path.join(repoRoot, "prisma", "migrations");

/** DATABASE_URL when given, else the embedded cluster in dataDir (started here, or reached if the app holds it). */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string; log: (m: string) => void }): Promise<DatabaseHandle> {
  if (opts.databaseUrl) return { url: opts.databaseUrl, kind: "external", close: async () => {} };
  const embedded = await startEmbeddedPostgres(opts.dataDir, opts.log);
  return { url: embedded.url, kind: "embedded", close: () => embedded.stop() };
}

export async function migrate(url: string, log: (m: string) => void): Promise<string[]> {
  return applyMigrations(url, migrationsDir, log);
}

/** A Prisma client on its own pool of `poolSize` connections; `statementTimeoutMs` cancels any statement that runs longer. */
export function createPrismaClient(url: string, poolSize = 10, statementTimeoutMs?: number): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolSize,
    ...(statementTimeoutMs !== undefined ? { statement_timeout: statementTimeoutMs } : {}),
  });
  const client = new PrismaClient({ adapter });
  rememberDatabaseUrl(client, url);
  return client;
}

export type Db = PrismaClient;
