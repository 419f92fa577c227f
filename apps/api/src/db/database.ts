import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { applyMigrations } from "./migrate.ts";

export type DatabaseKind = "embedded" | "external";

export interface DatabaseHandle {
  url: string;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
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

export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  return new PrismaClient({ adapter });
}

export type Db = PrismaClient;
