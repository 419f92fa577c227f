import { z } from "zod";
import { Uuid } from "./common.ts";
import { Footnote, ImportEdits, ImportSource, TextRepair } from "./import-parts.ts";
import { Block, DroppedLine, ImportDuplicate, MAX_CONTENT_CHARS, StatementMetadataInput } from "./statements.ts";

/** The largest file an import takes (a 200-page record PDF is 1–3 MB; a Word file with images may be more). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** A form field holding JSON, read by `schema`: a multipart form carries only strings. */
const jsonField = <S extends z.ZodType>(schema: S) =>
  z
    .string()
    .max(1_000_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not valid JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);

/** The form fields beside the `file` of a multipart preview. */
export const PreviewImportUpload = z.strictObject({ edits: jsonField(ImportEdits).optional() });
/**
 * The form fields beside the `file` of a multipart import: the statement's metadata (what is left out is filled from
 * what the reading found; a title must be given or found) and the preview's edits.
 */
export const CreateStatementUpload = z.strictObject({
  ...StatementMetadataInput,
  title: StatementMetadataInput.title.optional(),
  edits: jsonField(ImportEdits).optional(),
});

/** A speaker's turn in a meeting record, as the record split offers it. */
export const RecordTurn = z.object({
  index: z.number().int(),
  speaker: z.string(),
  delegation: z.string().nullable(),
  role: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  /** The language spoken when an interpretation note says so ("spoke in Spanish" → es). */
  language: z.string().nullable(),
  pages: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  /** The title the statement would get. */
  title: z.string(),
  paragraphs: z.array(z.object({ text: z.string(), page: z.number().int().optional() })),
  words: z.number().int(),
});
export const MeetingRecord = z.object({
  symbol: z.string().nullable(),
  forum: z.string().nullable(),
  meeting: z.string().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  turns: z.array(RecordTurn),
  /** Lines between the turns (the meeting called to order, the agenda adopted, the cover), kept out of every statement. */
  procedural: z.array(DroppedLine),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

export const ImportPreview = z.object({
  source: ImportSource,
  paragraphs: z.array(Block.extend({ page: z.number().int().optional() })),
  dropped: z.array(DroppedLine),
  metadata: z.record(z.string(), z.string()),
  /** Lines whose mojibake was repaired ("AfricaÃ­s" → "Africa's"). */
  repairs: z.array(TextRepair),
  /** Footnotes of a Word file or PDF: kept in the import record, not as paragraphs. */
  footnotes: z.array(Footnote),
  /** Statements of the workspace this text repeats, best first, at most five: offered as "add as a new revision". */
  duplicates: z.array(ImportDuplicate),
  /** Set when the text is a meeting record: its speakers' turns, each of which can be imported as a statement. */
  record: MeetingRecord.nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** The turns to import from a record, each with the metadata to change. */
export const ChosenTurn = z.strictObject({
  index: z.number().int().min(0),
  title: StatementMetadataInput.title.optional(),
  speaker: StatementMetadataInput.speaker,
  delegation: StatementMetadataInput.delegation,
  onBehalfOf: StatementMetadataInput.onBehalfOf,
  language: StatementMetadataInput.language,
});
const recordFields = {
  forum: StatementMetadataInput.forum,
  date: StatementMetadataInput.date,
  meetingSymbol: StatementMetadataInput.meetingSymbol,
  sourceUrl: StatementMetadataInput.sourceUrl,
};
/** A record pasted as text: its format and content, the turns to import (all when left out) and the meeting's fields. */
export const ImportRecordRequest = z.strictObject({
  format: z.enum(["text", "markdown", "html"]),
  content: z.string().min(1).max(MAX_CONTENT_CHARS),
  turns: z.array(ChosenTurn).max(2_000).optional(),
  ...recordFields,
});
/** The form fields beside a record's `file`. */
export const ImportRecordUpload = z.strictObject({ turns: jsonField(z.array(ChosenTurn).max(2_000)).optional(), ...recordFields });
export const ImportedStatement = z.object({
  id: Uuid,
  slug: z.string(),
  title: z.string(),
  speaker: z.string().nullable(),
  delegation: z.string().nullable(),
});
export const ImportRecordResponse = z.object({ statements: z.array(ImportedStatement) });
export type ImportRecordResponse = z.infer<typeof ImportRecordResponse>;
