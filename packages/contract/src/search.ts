import { z } from "zod";
import { AnnotationKind, ReviewStatus } from "./annotations.ts";
import { Uuid } from "./common.ts";

/** The longest query a search takes (longer: 400 query_too_long). */
export const MAX_SEARCH_QUERY = 500;
/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;
/** `total` is exact up to this many; past it the answer says so (`totalExact` false). */
export const SEARCH_TOTAL_CAP = 10_000;

/** The facets a search counts and filters by, each a query parameter of its own name. */
export const SEARCH_FACETS = [
  "delegation",
  "onBehalfOf",
  "forum",
  "year",
  "kind",
  "stance",
  "strength",
  "label",
  "topic",
  "instrument",
  "status",
  "author",
] as const;
export const SearchFacet = z.enum(SEARCH_FACETS);
export type SearchFacet = z.infer<typeof SearchFacet>;

/** A filter's values: the parameter repeated for several (values may hold commas, so they are never split). */
export const facetValues = z
  .union([z.string().max(300), z.array(z.string().max(300)).max(50)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .optional();

/**
 * The corpus's filters (issue 17), shared by search, retrieved passages, the matrix and exports: each keeps results with
 * any of its values (values as the facets list gives them); different filters must all hold.
 */
export const CorpusFilters = z.strictObject({
  delegation: facetValues,
  onBehalfOf: facetValues,
  forum: facetValues,
  year: facetValues,
  /** Statements of these months (yyyy-mm): the matrix's and charts' time axis; not a facet of the search. */
  month: z
    .union([z.string().regex(/^\d{4}-\d{2}$/), z.array(z.string().regex(/^\d{4}-\d{2}$/)).max(50)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
  kind: facetValues,
  stance: facetValues,
  strength: facetValues,
  label: facetValues,
  topic: facetValues,
  instrument: facetValues,
  status: facetValues,
  author: facetValues,
});
export type CorpusFilters = z.infer<typeof CorpusFilters>;
/** The corpus's filters, in the order a URL writes them (the schema's). */
export const CORPUS_FILTER_KEYS = Object.keys(CorpusFilters.shape) as readonly (keyof CorpusFilters)[];

/**
 * `q` in websearch_to_tsquery's syntax: words, "a phrase", `or`, `-word`; a term holding a digit, `/` or `.`
 * (`74/247`, `S/PV.9500`) matches as a case-insensitive substring. `q` may be left out when a filter is given; an
 * empty `q` is 400 query_empty, one over 500 characters 400 query_too_long.
 */
/** What is searched: the words (`q`), what to list, and the filters; the facets' endpoint takes the same. */
export const SearchFacetsQuery = CorpusFilters.extend({
  q: z.string().optional(),
  type: z.enum(["paragraphs", "annotations"]).default("paragraphs"),
});
export type SearchFacetsQuery = z.infer<typeof SearchFacetsQuery>;

export const SearchQuery = SearchFacetsQuery.extend({
  cursor: z.string().max(500).optional(),
  /**
   * false: leave the facets out (`facets` is null), as the web app asks for its pages while it asks
   * /api/search/facets beside them, so that the results do not wait for counts over every result. Later pages (a
   * `cursor`) never carry them: they are the first page's.
   */
  facets: z.stringbool().default(true),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Where the query's words are in a text: UTF-16 offsets, for the client to mark (never HTML from the server). */
export const TextMatch = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const SearchStatement = z.object({
  slug: z.string(),
  title: z.string(),
  delegation: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  forum: z.string().nullable(),
  date: z.string().nullable(),
});
export type SearchStatement = z.infer<typeof SearchStatement>;

/** An annotation as a search result shows it, on its paragraph. */
export const SearchAnnotation = z.object({
  id: Uuid,
  kind: AnnotationKind,
  status: ReviewStatus,
  attributes: z.record(z.string(), z.unknown()),
  quote: z.string(),
  /** Its words in the paragraph (the start of an annotation that runs over several paragraphs). */
  start: z.number().int(),
  end: z.number().int(),
  labels: z.array(z.string()),
  topics: z.array(z.string()),
  note: z.string().nullable(),
  author: z.object({ id: Uuid, name: z.string() }),
});
export type SearchAnnotation = z.infer<typeof SearchAnnotation>;

/** A paragraph of a statement's current text that the search found. */
export const SearchParagraph = z.object({
  statement: SearchStatement,
  paragraphId: z.string(),
  number: z.number().int().nullable(),
  text: z.string(),
  matches: z.array(TextMatch),
  annotations: z.array(SearchAnnotation),
});
export type SearchParagraph = z.infer<typeof SearchParagraph>;

/** An annotation the search found (its quote, note, labels or topics, or its paragraph's words), with its paragraph. */
export const SearchAnnotationHit = z.object({
  statement: SearchStatement,
  paragraphId: z.string(),
  number: z.number().int().nullable(),
  text: z.string(),
  /** In `text`, the paragraph. */
  matches: z.array(TextMatch),
  annotation: SearchAnnotation,
});
export type SearchAnnotationHit = z.infer<typeof SearchAnnotationHit>;

export const FacetCount = z.object({ value: z.string(), label: z.string(), count: z.number().int().min(0) });
export type FacetCount = z.infer<typeof FacetCount>;

export const SearchResults = z.object({
  items: z.array(z.union([SearchParagraph, SearchAnnotationHit])),
  /** Per facet, its values among all the results (not only this page), most first; null when not asked (see SearchQuery). */
  facets: z.record(SearchFacet, z.array(FacetCount)).nullable(),
  total: z.number().int().min(0),
  /** false when there are more than SEARCH_TOTAL_CAP results and `total` is that cap. */
  totalExact: z.boolean(),
  nextCursor: z.string().nullable(),
});
export type SearchResults = z.infer<typeof SearchResults>;

/** GET /api/search/facets: each facet's values among all the results of a search, and how many results there are. */
export const SearchFacetCounts = z.object({
  facets: z.record(SearchFacet, z.array(FacetCount)),
  total: z.number().int().min(0),
  totalExact: z.boolean(),
});
export type SearchFacetCounts = z.infer<typeof SearchFacetCounts>;
