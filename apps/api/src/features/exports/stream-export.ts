import { Readable } from "node:stream";
import type { ExportQuery } from "@verbatim/contract";
import { type BriefMeta, htmlWriter, markdownWriter } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { describeExportFilters } from "./describe-export-filters.ts";
import { buildDocxBrief } from "./build-docx-brief.ts";
import { exportCsvBody } from "./export-csv-body.ts";
import { EXPORT_FILE_TYPES, exportFileName } from "./export-file-type.ts";
import { exportItems } from "./export-items.ts";
import { exportJsonBody } from "./export-json-body.ts";
import { exportW3cBody } from "./export-w3c-body.ts";
import { buildQdpxExport, qdcExportFile } from "./export-refi.ts";
import { exportWriterBody } from "./export-writer-body.ts";
import { type ExportSession, openExport } from "./open-export.ts";

export interface ExportFile {
  contentType: string;
  filename: string;
  /** How many annotations the file holds. */
  count: number;
  /** The file, read from the database as it is consumed; ending or destroying it ends the database snapshot. */
  body: Readable;
}

export interface StreamExportOptions {
  workspaceId: string;
  query: ExportQuery;
  baseUrl: string;
  now?: Date;
  /** Where a Word brief and a REFI-QDA project are built. */
  work: WorkPool;
  /** Who exports: a REFI-QDA project names its creating user. */
  exportedBy: { id: string; name: string };
}

/** Selects, counts and opens an export; only DOCX and REFI-QDA are built whole before they are sent. */
export async function streamExport(db: Db, opts: StreamExportOptions): Promise<ExportFile> {
  const { query } = opts;
  const now = opts.now ?? new Date();
  if (query.format === "qdc") return qdcExportFile(db, opts.workspaceId);
  const session = await openExport(db, { workspaceId: opts.workspaceId, filters: query });
  const file = {
    contentType: EXPORT_FILE_TYPES[query.format].contentType,
    filename: exportFileName(
      query.format,
      session.named.map((s) => s.slug),
      now,
    ),
    count: session.count,
  };
  try {
    if (query.format === "docx") {
      const options = { layout: query.layout, citation: query.citation };
      const buffer = await buildDocxBrief(session, { meta: briefMeta(session, opts, now), options }, opts.work);
      await session.close();
      return { ...file, body: Readable.from([buffer]) };
    }
    if (query.format === "qdpx") {
      const { workspaceId, exportedBy, work } = opts;
      const buffer = await buildQdpxExport(session, { db, workspaceId, now, exportedBy, work });
      await session.close();
      return { ...file, body: Readable.from([buffer]) };
    }
    return { ...file, body: sessionBody(session, chunksOf(session, opts, now)) };
  } catch (e) {
    await session.close(true);
    throw e;
  }
}

function chunksOf(session: ExportSession, opts: StreamExportOptions, now: Date): AsyncIterable<string> {
  const { query, baseUrl } = opts;
  const items = () => exportItems(session.rows({ withTexts: false, withNoteDoc: query.format === "json" }));
  switch (query.format) {
    case "w3c":
      return exportW3cBody(session.rows({ withTexts: true, withNoteDoc: true }), {
        count: session.count,
        query,
        baseUrl,
        instrumentKeys: session.instrumentKeys,
      });
    case "csv":
      return exportCsvBody(items(), { bom: query.bom ?? false, citation: query.citation });
    case "md":
      return exportWriterBody(markdownWriter(briefMeta(session, opts, now), { citation: query.citation }), items());
    case "html":
      return exportWriterBody(htmlWriter(briefMeta(session, opts, now), { citation: query.citation }), items());
    default:
      return exportJsonBody(items(), query.citation);
  }
}

function briefMeta(session: ExportSession, opts: StreamExportOptions, now: Date): BriefMeta {
  const only = session.named.length === 1 ? session.named[0] : undefined;
  return {
    title: only ? only.title : "Annotated excerpts",
    workspace: session.workspaceName,
    generatedAt: now.toISOString(),
    filters: describeExportFilters(opts.query, {
      statements: new Map(session.named.map((s) => [s.slug, s.title])),
      authors: session.authorNames,
    }),
    baseUrl: opts.baseUrl,
  };
}

/** A readable over the chunks that ends the session when it is done: committed when complete, discarded otherwise. */
function sessionBody(session: ExportSession, chunks: AsyncIterable<string>): Readable {
  async function* guarded() {
    let complete = false;
    try {
      yield* chunks;
      complete = true;
    } finally {
      await session.close(!complete);
    }
  }
  const body = Readable.from(guarded(), { highWaterMark: 1 });
  // Destroyed before it was first read, the generator never ran, so its finally will not either.
  body.once("close", () => void session.close(true));
  return body;
}
