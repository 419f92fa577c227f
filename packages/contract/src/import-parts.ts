import { MAX_IMPORT_EDITS } from "@verbatim/core";
import { z } from "zod";

/** A statement holds at most this much text; a split cannot fall past it. */
const MAX_OFFSET = 2_000_000;
const LineRole = z.enum(["title", "speaker", "delegation", "date", "forum", "paragraph", "heading", "drop"]);
const index = z.number().int().min(0).max(1_000_000);
/** One change made in the preview (core applyImportEdits); edits apply in order, each to what the ones before left. */
export const ImportEdit = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("mark"), block: index, as: LineRole }),
  z.strictObject({ op: z.literal("markDropped"), line: index, as: LineRole }),
  z.strictObject({ op: z.literal("merge"), block: index }),
  z.strictObject({ op: z.literal("split"), block: index, at: z.number().int().min(1).max(MAX_OFFSET) }),
]);
export type ImportEdit = z.infer<typeof ImportEdit>;
export const ImportEdits = z.array(ImportEdit).max(MAX_IMPORT_EDITS);

/** What a file was read as: the format comes from its content (and type), not only its name. */
export const SourceFormat = z.enum(["text", "markdown", "html", "docx", "pdf"]);
export type SourceFormat = z.infer<typeof SourceFormat>;
export const TextRepair = z.object({ line: z.number().int(), before: z.string(), after: z.string() });
export const Footnote = z.object({ mark: z.string(), text: z.string(), page: z.number().int().optional() });
/** What the text was read from. */
export const ImportSource = z.object({
  format: SourceFormat,
  /** The file's name, for an upload. */
  name: z.string().nullable(),
  /** How a text file's bytes were decoded: utf-8, utf-16le, utf-16be or windows-1252. */
  encoding: z.string().nullable(),
  /** A PDF's pages. */
  pages: z.number().int().nullable(),
});

/** What the import record keeps of a revision's reading, beside the dropped lines and the hints. */
export const ImportReportExtras = {
  source: ImportSource.optional(),
  repairs: z.array(TextRepair).optional(),
  footnotes: z.array(Footnote).optional(),
  /** The preview's edits the import applied, in order. */
  edits: z.array(ImportEdit).optional(),
  /** A statement made from a meeting record's turn: the record, the turn and its pages. */
  record: z
    .object({
      symbol: z.string().nullable(),
      turn: z.number().int(),
      speaker: z.string(),
      pages: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    })
    .optional(),
};
