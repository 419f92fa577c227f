import { z } from "zod";
import { ANNOTATION_KINDS } from "@verbatim/core";
import { Cursor, IsoDate, Limit, Page, Uuid } from "./common.ts";

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
});
export const PreviewImportRequest = z.strictObject({ format: ImportFormat, content: z.string().min(1).max(MAX_CONTENT_CHARS) });

export const Block = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  kind: z.enum(["paragraph", "heading"]),
  level: z.number().int().optional(),
  section: z.string().nullable(),
  text: z.string(),
});
export const DroppedLine = z.object({ text: z.string(), reason: z.string() });

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
/** What the caller may do with a statement: annotate it. */
export const StatementAbilities = z.object({ annotate: z.boolean() });
export type StatementAbilities = z.infer<typeof StatementAbilities>;
export const StatementSummary = z.object({
  id: Uuid,
  slug: z.string(),
  ...metadataOut,
  revision: z.number().int(),
  annotationCounts: AnnotationCounts,
  createdAt: z.string(),
  updatedAt: z.string(),
  can: StatementAbilities,
});
export const Statement = StatementSummary.extend({
  paragraphs: z.array(Block),
  importReport: z.object({ dropped: z.array(DroppedLine), metadata: z.record(z.string(), z.string()) }),
});
export const StatementResponse = z.object({ statement: Statement });
export const ImportPreview = z.object({
  paragraphs: z.array(Block),
  dropped: z.array(DroppedLine),
  metadata: z.record(z.string(), z.string()),
});

export const ListStatementsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["date", "-date", "title", "-title", "created", "-created"]).default("-created"),
  limit: Limit,
  cursor: Cursor,
});
export const StatementPage = Page(StatementSummary);
