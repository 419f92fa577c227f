import { type BriefMeta, type BriefOptions, docxBrief, type ExportItem } from "@verbatim/core";
import { Packer } from "docx";

/**
 * A Word brief's file from its items. The docx package builds and zips the whole document in memory (about a second
 * for 2,000 excerpts), so it runs in the work pool, never on the thread that serves requests.
 */
export async function buildDocx(input: { items: ExportItem[]; meta: BriefMeta; options: BriefOptions }): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(docxBrief(input.items, input.meta, input.options)));
}
