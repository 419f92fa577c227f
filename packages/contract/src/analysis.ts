import { z } from "zod";
import { CorpusFilters, SearchAnnotation, SearchStatement } from "./search.ts";

/**
 * The corpus side of Verbatim (issue 17): retrieved passages (every annotation the filters select, across statements,
 * grouped) and the matrix (who said what: annotations counted by two dimensions). Both count the live annotations of
 * live statements whose words are still in the current text (anchored or fuzzy), as an export with the same filters.
 */

/** What an annotation can be counted by: the facets of the search but status and author, and the month. */
export const ANALYSIS_DIMENSIONS = [
  "delegation",
  "onBehalfOf",
  "forum",
  "year",
  "month",
  "topic",
  "label",
  "instrument",
  "kind",
  "stance",
  "strength",
] as const;
export const AnalysisDimension = z.enum(ANALYSIS_DIMENSIONS);
export type AnalysisDimension = z.infer<typeof AnalysisDimension>;

/** The facets whose values must all hold (rather than any): `all=label&label=a&label=b` is a label co-occurrence. */
export const ALL_OF_FACETS = ["label", "topic"] as const;
export type AllOfFacet = (typeof ALL_OF_FACETS)[number];

export const AllOfFacets = z
  .union([z.enum(ALL_OF_FACETS), z.array(z.enum(ALL_OF_FACETS)).max(ALL_OF_FACETS.length)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional()
  .describe("label and/or topic: those filters keep annotations carrying all of their values, not any (a co-occurrence)");

/** The passages' and the matrix's filters: the search's facets, with `all` for co-occurrences. */
export const AnalysisFilters = CorpusFilters.extend({ all: AllOfFacets });
export type AnalysisFilters = z.infer<typeof AnalysisFilters>;

/** How retrieved passages are grouped. */
export const PASSAGE_GROUPINGS = ["topic", "stance", "delegation", "statement"] as const;
export const PassageGrouping = z.enum(PASSAGE_GROUPINGS);
export type PassageGrouping = z.infer<typeof PassageGrouping>;

/** Passages per page. */
export const PASSAGES_PAGE_SIZE = 50;

export const PassagesQuery = AnalysisFilters.extend({
  group: PassageGrouping.default("topic"),
  cursor: z.string().max(500).optional(),
});
export type PassagesQuery = z.infer<typeof PassagesQuery>;

/** A group's key (a facet value; a statement's slug) and label; `key` null holds the annotations without one (no topic). */
export const PassageGroup = z.object({ key: z.string().nullable(), label: z.string(), count: z.number().int().min(0) });
export type PassageGroup = z.infer<typeof PassageGroup>;

/** An annotation with its first paragraph as context (`start`/`end` of the annotation are offsets in `text`). */
export const Passage = z.object({
  group: z.object({ key: z.string().nullable(), label: z.string() }),
  statement: SearchStatement,
  paragraphId: z.string(),
  number: z.number().int().nullable(),
  text: z.string(),
  annotation: SearchAnnotation,
});
export type Passage = z.infer<typeof Passage>;

export const Passages = z.object({
  /** The groups over all the passages (not only this page), in the order the items come; the first 1,000. */
  groups: z.array(PassageGroup),
  /** How many groups there are (more than `groups` lists when over 1,000). */
  groupCount: z.number().int().min(0),
  /** In group order, then statement date (latest first) and reading order. An annotation with two topics is in both. */
  items: z.array(Passage),
  /** Annotations the filters select (one with two topics counts once). */
  total: z.number().int().min(0),
  nextCursor: z.string().nullable(),
});
export type Passages = z.infer<typeof Passages>;

/** Rows or columns at most; the rest (the least counted) are left out and `truncated` says so. */
export const MATRIX_MAX_AXIS = 100;

export const MatrixQuery = AnalysisFilters.extend({
  rows: AnalysisDimension,
  cols: AnalysisDimension,
  /** What each cell's breakdown counts by; stance when absent ("the stance mix in each cell"). */
  breakdown: AnalysisDimension.default("stance"),
});
export type MatrixQuery = z.infer<typeof MatrixQuery>;

/** A row or column: its key is a facet value (the filter that opens its passages), its label what to show. */
export const MatrixAxisValue = z.object({ key: z.string(), label: z.string(), count: z.number().int().min(0) });
export type MatrixAxisValue = z.infer<typeof MatrixAxisValue>;

export const MatrixCell = z.object({
  row: z.string(),
  col: z.string(),
  /** Annotations with the row's value and the column's. */
  count: z.number().int().min(1),
  /** Those annotations by the breakdown's values, most first; `key` null for annotations without one. */
  breakdown: z.array(z.object({ key: z.string().nullable(), label: z.string(), count: z.number().int().min(1) })),
});
export type MatrixCell = z.infer<typeof MatrixCell>;

export const Matrix = z.object({
  rowsBy: AnalysisDimension,
  colsBy: AnalysisDimension,
  breakdownBy: AnalysisDimension,
  /**
   * Most counted first (years and months in order), MATRIX_MAX_AXIS at most; `count` is the annotations in the row's
   * cells, each once however many columns it is in.
   */
  rows: z.array(MatrixAxisValue),
  cols: z.array(MatrixAxisValue),
  /** The non-empty cells. */
  cells: z.array(MatrixCell),
  /** Annotations in the matrix (with a value on both axes), each counted once. */
  total: z.number().int().min(0),
  truncated: z.object({ rows: z.boolean(), cols: z.boolean() }),
});
export type Matrix = z.infer<typeof Matrix>;
