import { expect } from "vitest";
import type { Db } from "../../src/db/database.ts";

/** Every table a request could change by mistake; rate_limits is left out, since a refused login still counts. */
export const SNAPSHOT_TABLES = [
  "workspaces",
  "users",
  "memberships",
  "sessions",
  "api_tokens",
  "statements",
  "statement_changes",
  "revisions",
  "import_files",
  "paragraphs",
  "annotations",
  "annotation_changes",
  "reviews",
  "instruments",
  "codes",
  "annotation_codes",
  "code_changes",
  "codebook_undos",
  "events",
  "idempotency_keys",
  "comments",
  "inbox_items",
  "invitations",
  "jobs",
] as const;

export type Snapshot = Record<string, unknown[]>;

/** Every row of the tables as JSON, in a stable order; api_tokens.last_used_at moves on every bearer request. */
export async function snapshot(db: Db, tables: readonly string[] = SNAPSHOT_TABLES): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<{ row: unknown }[]>(
      `SELECT to_jsonb(t) - 'last_used_at' AS row FROM ${table} t ORDER BY (to_jsonb(t) - 'last_used_at')::text`,
    );
    out[table] = rows.map((r) => r.row);
  }
  return out;
}

/** Runs the requests and checks that no stored row changed. */
export async function expectUnchanged(db: Db, run: () => Promise<void>): Promise<void> {
  const before = await snapshot(db);
  await run();
  expect(await snapshot(db)).toEqual(before);
}
