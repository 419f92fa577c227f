import type { ExportFilters } from "@verbatim/contract";
import type pg from "pg";
import type { Db } from "../../db/database.ts";
import { streamPool } from "../../db/stream-pool.ts";
import { notFound } from "../../http/app-error.ts";
import { type ExportColumns, exportRowsSql, exportWhere } from "./export-query-sql.ts";
import type { ExportRow } from "./export-row.ts";
import {
  beginSnapshot,
  commitSnapshot,
  countExport,
  readExportContext,
  rollbackSnapshot,
  statementsBySlug,
} from "./export-snapshot-sql.ts";
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
      await commitSnapshot(client);
      client.release();
    } catch (e) {
      client.release(e instanceof Error ? e : true);
    }
  };
  try {
    await beginSnapshot(client);
    const named = await namedStatements(client, opts.workspaceId, opts.filters.statement);
    const where = exportWhere(opts.workspaceId, opts.filters);
    const counted = await countExport(client, where);
    const context = await readExportContext(client, opts.workspaceId, opts.filters.author ?? []);
    return {
      count: counted?.count ?? 0,
      statements: counted?.statements ?? 0,
      named,
      workspaceName: context?.name ?? "",
      authorNames: new Map(context?.authors ?? []),
      instrumentKeys: new Set(context?.keys ?? []),
      rows: (o) => readExportRows(client, exportRowsSql(where, o)),
      close,
    };
  } catch (e) {
    closed = true;
    await rollbackSnapshot(client).then(
      () => client.release(),
      (failure: unknown) => client.release(failure instanceof Error ? failure : true),
    );
    throw e;
  }
}

async function namedStatements(client: pg.PoolClient, workspaceId: string, slugs: string[] | undefined) {
  if (!slugs) return [];
  const found = await statementsBySlug(client, workspaceId, slugs);
  const bySlug = new Map(found.map((r) => [r.slug, r]));
  const missing = slugs.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) throw notFound(`statement ${missing.join(", ")}`);
  return [...new Set(slugs)].map((slug) => bySlug.get(slug)!);
}
