import { type Endpoint, read } from "./endpoint.ts";
import * as S from "./search.ts";

/** Search across the corpus (issue 17): the current text of every statement, its annotations and their words. */
export const searchEndpoints = {
  search: {
    method: "get",
    path: "/api/search",
    summary:
      "Search the current text of the workspace's statements (PostgreSQL full-text search in each statement's language, " +
      "accents and British and American spellings folded; terms with a digit, / or . as case-insensitive substrings) " +
      "with their metadata, annotation quotes, notes, comments, labels and topics: paragraphs or annotations, ranked, " +
      "with the matched words' offsets, facet counts (with the first page, unless facets=false) and a cursor. " +
      "query_empty: q= alone; query_too_long: q over 500 characters",
    access: "viewer",
    query: S.SearchQuery,
    response: S.SearchResults,
    status: 200,
    errors: [...read, "query_empty", "query_too_long", "too_complex"],
  },
  searchFacets: {
    method: "get",
    path: "/api/search/facets",
    summary:
      "The facet counts of a search (the same words and filters as GET /api/search) and its total, without its results: " +
      "asked beside the results' pages, so that neither waits for the other",
    access: "viewer",
    query: S.SearchFacetsQuery,
    response: S.SearchFacetCounts,
    status: 200,
    errors: [...read, "query_empty", "query_too_long", "too_complex"],
  },
} as const satisfies Record<string, Endpoint>;
