import { endpoints } from "@verbatim/contract";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type Instrument = ResponseOf<typeof endpoints.listInstruments>["items"][number];
export type ParagraphHit = ResponseOf<typeof endpoints.searchParagraphs>["items"][number];

/** The workspace's labels, most used first; a saved annotation's new labels are merged into the cached list. */
export function labelsQuery() {
  return queryOptions({
    queryKey: queryKeys.labels,
    queryFn: ({ signal }) => apiFetch(endpoints.listLabels, { signal }),
    staleTime: 60_000,
  });
}

export function useLabels() {
  return useQuery({ ...labelsQuery(), select: (data) => data.items });
}

/** The instrument registry; it changes only when an admin adds one. */
export function instrumentsQuery() {
  return queryOptions({
    queryKey: queryKeys.instruments,
    queryFn: ({ signal }) => apiFetch(endpoints.listInstruments, { signal }),
    staleTime: 10 * 60_000,
  });
}

export function useInstruments() {
  return useQuery({ ...instrumentsQuery(), select: (data) => data.items });
}

export const MIN_SEARCH_CHARS = 2;

/** Paragraphs of the workspace's other statements matching `query` (already trimmed). */
export function paragraphSearchQuery(query: string, excludeSlug: string) {
  return queryOptions({
    queryKey: queryKeys.paragraphSearch(excludeSlug, query),
    queryFn: ({ signal }) => apiFetch(endpoints.searchParagraphs, { query: { q: query, exclude: excludeSlug, limit: 8 }, signal }),
    staleTime: 60_000,
  });
}

/** Paragraphs of the workspace's other statements matching `q`; idle below two characters. */
export function useParagraphSearch(q: string, excludeSlug: string) {
  const query = q.trim();
  return useQuery({
    ...paragraphSearchQuery(query, excludeSlug),
    select: (data) => data.items,
    enabled: query.length >= MIN_SEARCH_CHARS,
    placeholderData: keepPreviousData,
  });
}
