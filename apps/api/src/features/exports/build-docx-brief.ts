import type { BriefMeta, BriefOptions } from "@verbatim/core";
import { AppError } from "../../http/app-error.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { allExportItems } from "./export-items.ts";
import type { ExportSession } from "./open-export.ts";

/**
 * A Word document is built whole in memory (the docx package has no streaming writer), so its size is
 * bounded: in the export benchmark 2,000 excerpts took about a second and raised the API's RSS by ~300 MB.
 */
export const MAX_DOCX_EXCERPTS = 3_000;

/** The rows are read here; the document is built and zipped on a worker thread (build-docx.ts). */
export async function buildDocxBrief(
  session: ExportSession,
  brief: { meta: BriefMeta; options: BriefOptions },
  work: WorkPool,
): Promise<Buffer> {
  if (session.count > MAX_DOCX_EXCERPTS) {
    throw new AppError(
      "validation_failed",
      `a Word brief holds at most ${MAX_DOCX_EXCERPTS} excerpts and these filters select ${session.count}; narrow them, or export CSV or JSON`,
      { count: session.count, max: MAX_DOCX_EXCERPTS },
    );
  }
  const items = await allExportItems(session.rows({ withTexts: false, withNoteDoc: false }));
  const file = await work.run("buildDocx", { items, ...brief });
  return Buffer.from(file.buffer, file.byteOffset, file.byteLength);
}
