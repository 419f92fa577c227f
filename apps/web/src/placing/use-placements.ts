import { endpoints } from "@verbatim/contract";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type PlacementPage = ResponseOf<typeof endpoints.listPlacements>;
export type Placement = PlacementPage["items"][number];

/** How many the page holds at once; it refills from the server as placements empty it. */
export const PLACEMENTS_PAGE_SIZE = 100;
const REFRESH_MS = 30_000;

/** The annotations waiting to be placed, in one statement (its slug) or, with "", the whole workspace. */
export function placementsQuery(statement: string) {
  return queryOptions({
    queryKey: queryKeys.placements(statement),
    queryFn: ({ signal }) =>
      apiFetch(endpoints.listPlacements, { query: { ...(statement ? { statement } : {}), limit: PLACEMENTS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
    refetchInterval: REFRESH_MS,
  });
}

export const usePlacements = (statement: string) => useQuery(placementsQuery(statement));

/** Only the counts, for the badge in the main nav: one item is the least a page can hold. */
export function placementCountsQuery() {
  return queryOptions({
    queryKey: queryKeys.placementCounts,
    queryFn: async ({ signal }) => (await apiFetch(endpoints.listPlacements, { query: { limit: 1 }, signal })).counts,
    refetchOnWindowFocus: true,
    refetchInterval: 60_000,
  });
}

export const usePlacementCounts = () => useQuery(placementCountsQuery());
