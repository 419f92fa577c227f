import {
  ANCHOR_STATES,
  type AnchorState,
  annotationSchema,
  BRIEF_LAYOUTS,
  CITATION_STYLES,
  COMMITMENT_STRENGTHS,
  CROSS_REFERENCE_RELATIONS,
  STANCES,
} from "@verbatim/core";
import { z } from "zod";
import { Annotation, AnnotationKind, annotationApiFields, Label, ReviewStatus } from "./annotations.ts";
import { AllOfFacets } from "./analysis.ts";
import { csvOf, IsoDate, Uuid } from "./common.ts";
import { CorpusFilters, facetValues } from "./search.ts";

/**
 * `qdpx`: a REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder) of the annotations the filters select, their
 * statements' texts, the codebook, users and notes as memos, zipped. `qdc`: the workspace's whole codebook as a REFI-QDA
 * codebook; the filters do not apply to it.
 */
export const EXPORT_FORMATS = ["json", "w3c", "csv", "md", "html", "docx", "qdpx", "qdc"] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Which annotations an export selects; the same filters drive the export dialog's count and preview. */
export const ExportFilters = z.strictObject({
  /** One or more statement slugs; the whole workspace when absent. */
  statement: csvOf(z.string().min(1).max(200)).optional(),
  /** Review statuses; all statuses when absent. */
  status: csvOf(ReviewStatus).optional(),
  kind: csvOf(AnnotationKind).optional(),
  /** Author user IDs. */
  author: csvOf(Uuid).optional(),
  /** Annotations carrying any of these labels. */
  label: z
    .union([z.array(Label).min(1).max(50), csvOf(Label)])
    .optional()
    .describe("comma-separated, or the parameter repeated (as passages and the matrix send it) for labels holding commas"),
  stance: csvOf(z.enum(STANCES)).optional(),
  strength: csvOf(z.enum(COMMITMENT_STRENGTHS)).optional(),
  relation: csvOf(z.enum(CROSS_REFERENCE_RELATIONS)).optional(),
  /** Cross-reference target, matched without regard to case (an instrument key such as UNTOC, a UN symbol, slug#pN or a URL). */
  target: z.string().trim().min(1).max(300).optional(),
  /** Annotations with any of these topics (repeat the parameter for several), matched without regard to case. */
  topic: facetValues,
  /**
   * The corpus's filters (issue 17), as retrieved passages and the matrix take them, so that what they show exports
   * with the same parameters: each repeated for several values, any of which holds.
   */
  delegation: CorpusFilters.shape.delegation,
  onBehalfOf: CorpusFilters.shape.onBehalfOf,
  forum: CorpusFilters.shape.forum,
  year: CorpusFilters.shape.year,
  month: CorpusFilters.shape.month,
  /** Cross-references citing any of these targets (exactly as stored: an instrument key, a symbol). */
  instrument: CorpusFilters.shape.instrument,
  all: AllOfFacets,
  /** Statements delivered on or after / on or before this date. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Annotations made on or after / on or before this date. */
  taggedFrom: IsoDate.optional(),
  taggedTo: IsoDate.optional(),
  /**
   * Where annotations stand after their statement was revised; anchored and fuzzy when absent, so an orphan (its
   * words gone from the current text) is exported only when asked for: `anchor=orphaned` for the orphans alone,
   * `anchor=anchored,fuzzy,orphaned` for everything.
   */
  anchor: csvOf(z.enum(ANCHOR_STATES))
    .optional()
    .describe("anchored, fuzzy and/or orphaned, comma-separated; anchored,fuzzy when absent (orphans are left out unless asked for)"),
});
export type ExportFilters = z.infer<typeof ExportFilters>;

/** The anchor states an export selects when its filter names none: orphans are left out. */
export const DEFAULT_EXPORT_ANCHOR_STATES: readonly AnchorState[] = ["anchored", "fuzzy"];

/** How citations are written in every format that has them (briefs, CSV, JSON, the preview); core's `citationOf`. */
export const CitationStyle = z
  .enum(CITATION_STYLES)
  .default("full")
  .describe(
    'How excerpts are cited. full: "China, UNSC, S/PV.9500, 7 December 2023, ¶4 (slug#p4)"; short: "China, UNSC, 7 Dec 2023, ¶4"; un: "China, S/PV.9500, 7 December 2023, para. 4"',
  );

export const ExportQuery = ExportFilters.extend({
  format: ExportFormat.default("json"),
  /** CSV only: start the file with a UTF-8 byte order mark so that Excel reads it as UTF-8. */
  bom: z.stringbool().optional(),
  citation: CitationStyle,
  layout: z
    .enum(BRIEF_LAYOUTS)
    .default("standard")
    .describe(
      "Word brief only. standard: a title page, each statement on a new page; compact: the filters on one line, statements running on",
    ),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

export const ExportPreviewQuery = ExportFilters.extend({
  limit: z.coerce.number().int().min(0).max(50).default(5),
  citation: CitationStyle,
});
export type ExportPreviewQuery = z.infer<typeof ExportPreviewQuery>;

export const ExportStatementRef = z.object({
  id: Uuid,
  slug: z.string(),
  title: z.string(),
  speaker: z.string().nullish(),
  delegation: z.string().nullish(),
  onBehalfOf: z.string().nullish(),
  forum: z.string().nullish(),
  meetingSymbol: z.string().nullish(),
  date: z.string().nullish(),
  language: z.string().nullish(),
  sourceUrl: z.string().nullish(),
});

/** One exported annotation: the annotation object with its statement's metadata and what a citation needs. */
export const ExportedAnnotation = annotationSchema({
  ...annotationApiFields,
  statement: ExportStatementRef,
  paragraphs: z.object({
    number: z.number().int().nullable(),
    endNumber: z.number().int().nullish(),
    currentNumber: z.number().int().nullable(),
  }),
  review: z
    .object({ status: z.enum(["accepted", "rejected", "disputed"]), reviewer: z.string(), at: z.string(), comment: z.string().nullable() })
    .nullable(),
  /** `slug#p7`. */
  reference: z.string(),
  /** In the requested style, e.g. "Asia-Pacific Group, CCPCJ 32nd session, 22 May 2023, ¶9 (2023-05-22-ccpcj32-apg#p9)". */
  citation: z.string(),
});
export type ExportedAnnotation = z.infer<typeof ExportedAnnotation>;
/** The `json` export format. */
export const JsonExport = z.object({ items: z.array(ExportedAnnotation) });

export const ExportPreview = z.object({
  /** How many annotations the export selects. */
  count: z.number().int(),
  /** From how many statements. */
  statements: z.number().int(),
  /** The first excerpts in export order. */
  items: z.array(ExportedAnnotation),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

const JsonLdTypes = z.union([z.string(), z.array(z.string())]);
/**
 * Web Annotations to import: one Annotation, an array of them, an AnnotationCollection (its first page
 * embedded) or an AnnotationPage (JSON-LD). Only the container's own terms are checked here; an item that
 * is not an annotation is skipped and reported, not refused.
 */
export const W3cImportBody = z.union([
  z.array(z.unknown()).min(1),
  z.looseObject({
    type: JsonLdTypes.optional(),
    items: z.array(z.unknown()).optional(),
    first: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  }),
]);
export type W3cImportBody = z.infer<typeof W3cImportBody>;
/** The most annotations one import takes; more answer 413 payload_too_large. */
export const MAX_W3C_IMPORT_ITEMS = 5000;
/** Why an item was skipped. */
export const W3C_IMPORT_SKIP_CODES = [
  "not_an_object",
  "not_an_annotation",
  "invalid_id",
  "no_anchor",
  "unknown_statement",
  "not_anchored",
  "unknown_kind",
  "invalid_attributes",
  "invalid_labels",
  "invalid_note",
] as const;
export type W3cImportSkipCode = (typeof W3C_IMPORT_SKIP_CODES)[number];
export const W3cImportQuery = z.strictObject({
  /** Put every annotation on this statement (slug), whatever their targets' sources say. */
  statement: z.string().min(1).max(200).optional(),
});
export const W3cImportReport = z.object({
  /** Annotations created. */
  imported: z.number().int(),
  /** Of those, how many were placed by their quote because their offsets no longer fitted. */
  reanchored: z.number().int(),
  /** Of those, how many only an approximate match placed (anchor.state "fuzzy"), for a person to confirm. */
  fuzzy: z.number().int(),
  /**
   * Of those, how many kept their creator and review status: only when a reviewer or admin imports and the creator is a
   * member of this workspace; the others are the importer's and proposed, the source's creator and status kept in their history.
   */
  credited: z.number().int(),
  /** Annotations already imported before (same source ID), left as they are. */
  duplicates: z.number().int(),
  /** Annotations that could not be imported, with why, by their position in the input. */
  skipped: z.array(
    z.object({ index: z.number().int(), id: z.string().nullable(), code: z.enum(W3C_IMPORT_SKIP_CODES), message: z.string() }),
  ),
  annotations: z.array(Annotation),
});
export type W3cImportReport = z.infer<typeof W3cImportReport>;
