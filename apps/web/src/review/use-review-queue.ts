import { endpoints } from "@verbatim/contract";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { queueQuery, type QueueFilters } from "./queue-params.ts";

export type ReviewQueue = ResponseOf<typeof endpoints.reviewQueue>;
export type QueueItem = ReviewQueue["items"][number];

/** How many items the page holds at once; the queue refills from the server as decisions empty it. */
export const QUEUE_PAGE_SIZE = 100;
/** A reviewer working all day sees new proposals without reloading. */
const REFRESH_MS = 30_000;

export function reviewQueueQuery(filters: QueueFilters) {
  return queryOptions({
    queryKey: queryKeys.reviewQueue(new URLSearchParams(queueQuery(filters)).toString()),
    queryFn: ({ signal }) => apiFetch(endpoints.reviewQueue, { query: { ...queueQuery(filters), limit: QUEUE_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
    refetchInterval: REFRESH_MS,
  });
}

export function useReviewQueue(filters: QueueFilters) {
  return useQuery(reviewQueueQuery(filters));
}
