import type { ExportFilters } from "@verbatim/contract";
import type pg from "pg";
import type { Db } from "../../db/database.ts";
import { streamPool } from "../../db/stream-pool.ts";
import { notFound } from "../../http/app-error.ts";
import { type ExportColumns, exportCountSql, exportRowsSql, exportWhere } from "./export-query-sql.ts";
import type { ExportRow } from "./export-row.ts";
import { readExportRows } from "./read-export-rows.ts";

/** A selection being exported: counted, and readable in export order, in one consistent snapshot. */
export interface ExportSession {
  count: number;
  statements: number;
  /** The statements the filter names, in the order it names them. */
  named: { slug: string; title: string }[];
  workspaceName: string;
  /** Names of the authors the filter names, by user ID. */
  authorNames: Map<string, string>;
  instrumentKeys: Set<string>;
  /** Batches of rows in export order; `limit` caps them (a preview). */
  rows(columns: ExportColumns): AsyncGenerator<ExportRow[]>;
  /** Ends the snapshot and returns the connection; `failed` discards the connection instead. */
  close(failed?: boolean): Promise<void>;
}

/**
 * Opens a read-only REPEATABLE READ transaction on the stream pool, so that the count sent before the
 * file (and a W3C collection's total) matches the rows that follow. Named statements that do not
 * exist in the workspace answer 404 before anything is sent.
 */
export async function openExport(db: Db, opts: { workspaceId: string; filters: ExportFilters }): Promise<ExportSession> {
  const client = await streamPool(db).connect();
  let closed = false;
  const close = async (failed = false) => {
    if (closed) return;
    closed = true;
    if (failed) return client.release(true);
    try {
      await client.query("COMMIT");
      client.release();
    } catch (e) {
      client.release(e instanceof Error ? e : true);
    }
  };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const named = await namedStatements(client, opts.workspaceId, opts.filters.statement);
    const where = exportWhere(opts.workspaceId, opts.filters);
    const counted = await client.query<{ count: number; statements: number }>(exportCountSql(where));
    const context = await client.query<{ name: string; keys: string[]; authors: [string, string][] }>(
      `SELECT w.name,
         ARRAY(SELECT key FROM instruments i WHERE i.workspace_id = w.id) AS keys,
         ARRAY(SELECT json_build_array(u.id, u.name) FROM users u JOIN memberships m ON m.user_id = u.id
           WHERE m.workspace_id = w.id AND u.id = ANY($2::uuid[])) AS authors
       FROM workspaces w WHERE w.id = $1`,
      [opts.workspaceId, opts.filters.author ?? []],
    );
    return {
      count: counted.rows[0]?.count ?? 0,
      statements: counted.rows[0]?.statements ?? 0,
      named,
      workspaceName: context.rows[0]?.name ?? "",
      authorNames: new Map(context.rows[0]?.authors ?? []),
      instrumentKeys: new Set(context.rows[0]?.keys ?? []),
      rows: (o) => readExportRows(client, exportRowsSql(where, o)),
      close,
    };
  } catch (e) {
    closed = true;
    await client.query("ROLLBACK").then(
      () => client.release(),
      (failure: unknown) => client.release(failure instanceof Error ? failure : true),
    );
    throw e;
  }
}

async function namedStatements(client: pg.PoolClient, workspaceId: string, slugs: string[] | undefined) {
  if (!slugs) return [];
  const found = await client.query<{ slug: string; title: string }>(
    "SELECT slug, title FROM statements WHERE workspace_id = $1 AND slug = ANY($2::text[])",
    [workspaceId, slugs],
  );
  const bySlug = new Map(found.rows.map((r) => [r.slug, r]));
  const missing = slugs.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) throw notFound(`statement ${missing.join(", ")}`);
  return [...new Set(slugs)].map((slug) => bySlug.get(slug)!);
}
