import { Readable } from "node:stream";
import { codebookToQdc, type RefiAnnotation, type RefiCodebookCode, type RefiStatement } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { readCodes } from "../codebook/codes-sql.ts";
import { presentAnnotationSqlRow } from "../annotations/annotation-sql-row.ts";
import { EXPORT_FILE_TYPES } from "./export-file-type.ts";
import { type ExportRow, statementReader } from "./export-row.ts";
import type { ExportSession } from "./open-export.ts";
import type { ExportFile } from "./stream-export.ts";

/**
 * A `.qdpx` is built whole in memory (the project's XML, every source's text, then the zip), so its size is bounded:
 * the annotations it holds, and the statements whose whole texts go with them.
 */
export const MAX_QDPX_ANNOTATIONS = 50_000;
export const MAX_QDPX_STATEMENTS = 2_000;

/** The workspace's codebook as REFI-QDA's exports take it. */
async function refiCodebook(db: Db, workspaceId: string): Promise<RefiCodebookCode[]> {
  const codes = await readCodes(db, { workspaceId });
  return codes.map((c) => ({
    id: c.id,
    type: c.type,
    name: c.name,
    parentId: c.parentId,
    definition: c.definition,
    guidance: { ...(c.guidanceUse ? { use: c.guidanceUse } : {}), ...(c.guidanceAvoid ? { avoid: c.guidanceAvoid } : {}) },
    colour: c.colour,
    status: c.status,
  }));
}

/** `<workspace>-codebook.qdc`, the name kept to letters, digits, dots, hyphens and underscores. */
export function qdcFileName(workspaceName: string): string {
  const name = workspaceName.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "verbatim";
  return `${name.slice(0, 100)}-codebook.qdc`;
}

/** The whole codebook as a `.qdc` (no filter applies: a codebook is the workspace's vocabulary, not a selection). */
export async function qdcExportFile(db: Db, workspaceId: string): Promise<ExportFile> {
  const [codes, workspace] = await Promise.all([
    refiCodebook(db, workspaceId),
    db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } }),
  ]);
  return {
    contentType: EXPORT_FILE_TYPES.qdc.contentType,
    filename: qdcFileName(workspace.name),
    count: codes.length,
    body: Readable.from([codebookToQdc(codes)]),
  };
}

export interface QdpxOptions {
  db: Db;
  workspaceId: string;
  now: Date;
  exportedBy: { id: string; name: string };
  work: WorkPool;
}

/**
 * The selected annotations as a REFI-QDA project: the rows are read here (each statement's first row brings the blocks
 * of the revisions its annotations are anchored in), the project is written and zipped on a worker thread (build-qdpx.ts).
 */
export async function buildQdpxExport(session: ExportSession, opts: QdpxOptions): Promise<Buffer> {
  if (session.count > MAX_QDPX_ANNOTATIONS || session.statements > MAX_QDPX_STATEMENTS) {
    throw new AppError(
      "validation_failed",
      `a REFI-QDA project holds at most ${MAX_QDPX_ANNOTATIONS} annotations of ${MAX_QDPX_STATEMENTS} statements, and these ` +
        `filters select ${session.count} of ${session.statements}; narrow them, or export CSV or JSON`,
      { count: session.count, statements: session.statements, max: MAX_QDPX_ANNOTATIONS, maxStatements: MAX_QDPX_STATEMENTS },
    );
  }
  const { statements, annotations } = await readProject(session.rows({ withTexts: false, withNoteDoc: false, withBlocks: true }));
  const codes = await refiCodebook(opts.db, opts.workspaceId);
  const file = await opts.work.run("buildQdpx", {
    name: session.workspaceName,
    exportedAt: opts.now.toISOString(),
    exportedBy: opts.exportedBy,
    codes,
    statements,
    annotations,
  });
  return Buffer.from(file.buffer, file.byteOffset, file.byteLength);
}

/**
 * A source per statement: the text of the latest revision its annotations are anchored in. An annotation anchored in
 * an older revision (an orphan, when asked for) counts its offsets in that revision's text, which is then a source of
 * its own, named "<title> (revision n)", so every selection falls inside the text it was made on.
 */
async function readProject(batches: AsyncIterable<ExportRow[]>): Promise<{ statements: RefiStatement[]; annotations: RefiAnnotation[] }> {
  const statementOf = statementReader();
  const statements: RefiStatement[] = [];
  const annotations: RefiAnnotation[] = [];
  let sources = new Map<number, string>();
  for await (const rows of batches) {
    for (const row of rows) {
      const statement = statementOf(row);
      if (row.nth === 1) {
        const revisions = Object.entries(row.blocks ?? {}).map(([n, blocks]) => [Number(n), blocks ?? []] as const);
        const latest = Math.max(...revisions.map(([n]) => n));
        sources = new Map();
        for (const [n, blocks] of revisions) {
          const id = n === latest ? statement.id : `${statement.id}:r${n}`;
          sources.set(n, id);
          statements.push({
            ...statement,
            id,
            title: n === latest ? statement.title : `${statement.title} (revision ${n})`,
            paragraphs: blocks.map(([paragraphId, number, kind, text]) => ({ id: paragraphId, number, kind, text })),
          });
        }
      }
      // The annotation object less what a project has no place for (the quote is the source's text; the anchor, its revision).
      const { noteDoc: _noteDoc, quote: _quote, anchor: _anchor, ...annotation } = presentAnnotationSqlRow(row, statement);
      annotations.push({ ...annotation, statementId: sources.get(row.anchor_revision) ?? statement.id });
    }
  }
  return { statements, annotations };
}
