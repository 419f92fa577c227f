import type { ExportPreview, ExportPreviewQuery } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { presentExportedAnnotation } from "./exported-annotation.ts";
import { allExportItems } from "./export-items.ts";
import { openExport } from "./open-export.ts";

/** What the export dialog shows: how many annotations from how many statements, and the first excerpts. */
export async function previewExport(db: Db, opts: { workspaceId: string; query: ExportPreviewQuery }): Promise<ExportPreview> {
  const { limit, citation, ...filters } = opts.query;
  const session = await openExport(db, { workspaceId: opts.workspaceId, filters });
  try {
    const items = limit > 0 ? await allExportItems(session.rows({ withTexts: false, withNoteDoc: true, limit })) : [];
    await session.close();
    return { count: session.count, statements: session.statements, items: items.map((item) => presentExportedAnnotation(item, citation)) };
  } catch (e) {
    await session.close(true);
    throw e;
  }
}
