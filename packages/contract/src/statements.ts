import { z } from "zod";
import { ANNOTATION_KINDS } from "@verbatim/core";
import { Cursor, IsoDate, Limit, Page, Uuid } from "./common.ts";
import { ImportEdits, ImportReportExtras } from "./import-parts.ts";

/** 2 MB of text is far beyond any statement; the body limit guards the server, this guards the import. */
export const MAX_CONTENT_CHARS = 2_000_000;
const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const StatementMetadataInput = {
  title: z.string().trim().min(1).max(500),
  speaker: optionalText(200),
  delegation: optionalText(200),
  onBehalfOf: optionalText(200),
  forum: optionalText(300),
  meetingSymbol: optionalText(100),
  date: IsoDate.nullish(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a BCP 47 language tag such as en")
    .nullish(),
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullish(),
};

export const ImportFormat = z.enum(["text", "markdown", "html"]);
export const CreateStatementRequest = z.strictObject({
  ...StatementMetadataInput,
  format: ImportFormat,
  content: z.string().min(1).max(MAX_CONTENT_CHARS),
  /** The preview's edits (core applyImportEdits), applied to the reading before it is stored. */
  edits: ImportEdits.optional(),
});
export const PreviewImportRequest = z.strictObject({
  format: ImportFormat,
  content: z.string().min(1).max(MAX_CONTENT_CHARS),
  edits: ImportEdits.optional(),
});

export const Block = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  kind: z.enum(["paragraph", "heading"]),
  level: z.number().int().optional(),
  section: z.string().nullable(),
  text: z.string(),
});
/** A line the import left out of the text, with why; its page in a PDF; `after`: it came after the text. */
export const DroppedLine = z.object({
  text: z.string(),
  reason: z.string(),
  page: z.number().int().optional(),
  after: z.boolean().optional(),
});

const metadataOut = {
  title: z.string(),
  speaker: z.string().nullable(),
  delegation: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  forum: z.string().nullable(),
  meetingSymbol: z.string().nullable(),
  date: z.string().nullable(),
  language: z.string().nullable(),
  sourceUrl: z.string().nullable(),
};
export const AnnotationCounts = z.object(Object.fromEntries(ANNOTATION_KINDS.map((k) => [k, z.number().int()])));
/**
 * What the caller may do with a statement: annotate it, edit its metadata, add a revision, delete it (admins, and
 * the analyst who imported it while nobody else has annotated it).
 */
export const StatementAbilities = z.object({ annotate: z.boolean(), edit: z.boolean(), revise: z.boolean(), delete: z.boolean() });
export type StatementAbilities = z.infer<typeof StatementAbilities>;
export const StatementSummary = z.object({
  id: Uuid,
  slug: z.string(),
  ...metadataOut,
  /** The current revision's number (revisions are numbered from 1). */
  revision: z.number().int(),
  /** Increments on each metadata edit; PATCH sends it back. */
  version: z.number().int(),
  annotationCounts: AnnotationCounts,
  createdAt: z.string(),
  updatedAt: z.string(),
  can: StatementAbilities,
});
export const Statement = StatementSummary.extend({
  /** The revision whose paragraphs these are: the current one unless ?revision=N asked for another. */
  shownRevision: z.number().int(),
  paragraphs: z.array(Block),
  importReport: z.object({ dropped: z.array(DroppedLine), metadata: z.record(z.string(), z.string()), ...ImportReportExtras }),
});
export const StatementResponse = z.object({ statement: Statement });
/**
 * A live statement whose current text the import repeats (core compareFingerprints): `identical`, the same
 * paragraphs; `mostly`, at least MOSTLY_SAME_SHARE of the import's paragraphs (`same` of `total`) found in it.
 */
export const ImportDuplicate = z.object({
  statement: z.object({
    id: Uuid,
    slug: z.string(),
    title: z.string(),
    delegation: z.string().nullable(),
    date: z.string().nullable(),
    /** Its current revision's number, the one compared. */
    revision: z.number().int(),
  }),
  verdict: z.enum(["identical", "mostly"]),
  share: z.number(),
  same: z.number().int(),
  total: z.number().int(),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const GetStatementQuery = z.strictObject({
  /** An older revision's paragraphs (read-only); the current one by default. */
  revision: z.coerce.number().int().min(1).optional(),
});

export const ListStatementsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["date", "-date", "title", "-title", "created", "-created"]).default("-created"),
  limit: Limit,
  cursor: Cursor,
});
export const StatementPage = Page(StatementSummary);
