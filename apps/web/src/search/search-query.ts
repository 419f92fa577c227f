import { endpoints, type SearchAnnotation, type SearchAnnotationHit, type SearchParagraph } from "@verbatim/contract";
import { infiniteQueryOptions, keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { apiQueryOf, searchParamsOf, type SearchState } from "./search-url.ts";

export type SearchPage = ResponseOf<typeof endpoints.search>;
export type SearchFacetCounts = ResponseOf<typeof endpoints.searchFacets>;
export type SearchItem = SearchPage["items"][number];
export type { SearchAnnotation, SearchAnnotationHit, SearchParagraph };

/** The cursor of the first page: none. */
const FIRST_PAGE: string | undefined = undefined;

/** How many statements the search page lists above the results, found by their title, delegation or forum. */
export const MATCHING_STATEMENTS = 5;

/**
 * A search's results, a page at a time (`nextCursor`), the total with each; the facets are searchFacetsQuery's, asked
 * beside, so that the results never wait for counts over all of them. While another search loads, the previous
 * results stay on screen rather than flashing empty.
 */
export function searchQuery(state: SearchState) {
  return infiniteQueryOptions({
    queryKey: queryKeys.search(searchParamsOf(state).toString()),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.search, { query: { ...apiQueryOf(state), cursor: pageParam, facets: "false" }, signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Each facet's values over all of a search's results, with their counts; the previous search's stay while these load. */
export function searchFacetsQuery(state: SearchState) {
  return queryOptions({
    queryKey: queryKeys.searchFacets(searchParamsOf(state).toString()),
    queryFn: ({ signal }) => apiFetch(endpoints.searchFacets, { query: apiQueryOf(state), signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The first statements whose title, delegation or forum match the words (the library's own search). */
export function statementsMatchingQuery(q: string) {
  // The library's search takes up to 200 characters; a longer query is about words, not a title.
  const words = q.trim().slice(0, 200);
  return queryOptions({
    queryKey: queryKeys.statementsMatching(words),
    queryFn: ({ signal }) => apiFetch(endpoints.listStatements, { query: { q: words, sort: "-date", limit: MATCHING_STATEMENTS }, signal }),
    staleTime: 30_000,
  });
}

/** An annotation hit carries `annotation`; a paragraph result its `annotations`. */
export const isAnnotationHit = (item: SearchItem): item is SearchAnnotationHit => "annotation" in item;

/** The reader on the result's paragraph. */
export const resultHref = (item: Pick<SearchItem, "statement" | "paragraphId">): string =>
  `/s/${encodeURIComponent(item.statement.slug)}#${encodeURIComponent(item.paragraphId)}`;
