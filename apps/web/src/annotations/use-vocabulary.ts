import { endpoints } from "@verbatim/contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type Instrument = ResponseOf<typeof endpoints.listInstruments>["items"][number];
export type ParagraphHit = ResponseOf<typeof endpoints.searchParagraphs>["items"][number];

/** The workspace's labels, most used first. */
export function useLabels() {
  return useQuery({
    queryKey: queryKeys.labels,
    queryFn: ({ signal }) => apiFetch(endpoints.listLabels, { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

/** The instrument registry; it changes only when an admin adds one. */
export function useInstruments() {
  return useQuery({
    queryKey: queryKeys.instruments,
    queryFn: ({ signal }) => apiFetch(endpoints.listInstruments, { signal }),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}

export const MIN_SEARCH_CHARS = 2;

/** Paragraphs of the workspace's other statements matching `q`; idle below two characters. */
export function useParagraphSearch(q: string, excludeSlug: string) {
  const query = q.trim();
  return useQuery({
    queryKey: queryKeys.paragraphSearch(excludeSlug, query),
    queryFn: ({ signal }) => apiFetch(endpoints.searchParagraphs, { query: { q: query, exclude: excludeSlug, limit: 8 }, signal }),
    select: (data) => data.items,
    enabled: query.length >= MIN_SEARCH_CHARS,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
