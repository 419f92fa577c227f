import { type BriefMeta, docxBrief } from "@verbatim/core";
import { Packer } from "docx";
import { AppError } from "../../http/app-error.ts";
import { allExportItems } from "./export-items.ts";
import type { ExportSession } from "./open-export.ts";

/**
 * A Word document is built whole in memory (the docx package has no streaming writer), so its size is
 * bounded: in the export benchmark 2,000 excerpts took about a second and raised the API's RSS by ~300 MB.
 */
export const MAX_DOCX_EXCERPTS = 3_000;

export async function buildDocxBrief(session: ExportSession, meta: BriefMeta): Promise<Buffer> {
  if (session.count > MAX_DOCX_EXCERPTS) {
    throw new AppError(
      "validation_failed",
      `a Word brief holds at most ${MAX_DOCX_EXCERPTS} excerpts and these filters select ${session.count}; narrow them, or export CSV or JSON`,
      { count: session.count, max: MAX_DOCX_EXCERPTS },
    );
  }
  const items = await allExportItems(session.rows({ withTexts: false, withNoteDoc: false }));
  return Packer.toBuffer(docxBrief(items, meta));
}
