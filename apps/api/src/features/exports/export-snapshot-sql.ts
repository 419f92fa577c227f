import type pg from "pg";
import { exportCountSql, type ExportWhere } from "./export-query-sql.ts";

/**
 * The statements an export runs in its own transaction on the stream pool's connection (see open-export.ts).
 * Read-only REPEATABLE READ: every query of the export sees one snapshot, so the count sent before the file
 * (and a W3C collection's total) matches the rows that follow.
 */
export async function beginSnapshot(client: pg.PoolClient): Promise<void> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

export async function commitSnapshot(client: pg.PoolClient): Promise<void> {
  await client.query("COMMIT");
}

export async function rollbackSnapshot(client: pg.PoolClient): Promise<void> {
  await client.query("ROLLBACK");
}

/** How many annotations, and of how many statements, the selection holds. */
export async function countExport(client: pg.PoolClient, where: ExportWhere): Promise<{ count: number; statements: number } | undefined> {
  const counted = await client.query<{ count: number; statements: number }>(exportCountSql(where));
  return counted.rows[0];
}

export interface ExportContextRow {
  name: string;
  /** The workspace's instrument keys. */
  keys: string[];
  /** [user ID, name] of each of the given authors who is a member of the workspace. */
  authors: [string, string][];
}

/** The workspace's name and vocabulary, and the names of the authors a filter names. */
export async function readExportContext(
  client: pg.PoolClient,
  workspaceId: string,
  authorIds: readonly string[],
): Promise<ExportContextRow | undefined> {
  const context = await client.query<ExportContextRow>(
    `SELECT w.name,
         ARRAY(SELECT key FROM instruments i WHERE i.workspace_id = w.id) AS keys,
         ARRAY(SELECT json_build_array(u.id, u.name) FROM users u JOIN memberships m ON m.user_id = u.id
           WHERE m.workspace_id = w.id AND u.id = ANY($2::uuid[])) AS authors
       FROM workspaces w WHERE w.id = $1`,
    [workspaceId, authorIds],
  );
  return context.rows[0];
}

/** The workspace's live statements among these slugs (those that do not exist or are deleted are simply not there). */
export async function statementsBySlug(
  client: pg.PoolClient,
  workspaceId: string,
  slugs: readonly string[],
): Promise<{ slug: string; title: string }[]> {
  const found = await client.query<{ slug: string; title: string }>(
    "SELECT slug, title FROM statements WHERE workspace_id = $1 AND slug = ANY($2::text[]) AND deleted_at IS NULL",
    [workspaceId, slugs],
  );
  return found.rows;
}
