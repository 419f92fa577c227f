import { type ApiExportItem, exportItemMapper, type ExportRow } from "./export-row.ts";

/** Row batches as export item batches. */
export async function* exportItems(batches: AsyncIterable<ExportRow[]>): AsyncGenerator<ApiExportItem[]> {
  const toItem = exportItemMapper();
  for await (const rows of batches) yield rows.map(toItem);
}

/** Every item in one array: only for formats built whole (DOCX), whose size the caller has bounded. */
export async function allExportItems(batches: AsyncIterable<ExportRow[]>): Promise<ApiExportItem[]> {
  const all: ApiExportItem[] = [];
  for await (const items of exportItems(batches)) all.push(...items);
  return all;
}
