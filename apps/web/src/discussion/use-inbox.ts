import { endpoints } from "@verbatim/contract";
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type InboxFilter = "unread" | "all";
const POLL_MS = 30_000;

/** The unread count for the nav badge: polled, and fetched again when the window regains focus. */
export function inboxCountQuery() {
  return queryOptions({
    queryKey: queryKeys.inboxCount,
    queryFn: async ({ signal }) => (await apiFetch(endpoints.inboxCount, { signal })).unread,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: "always",
  });
}

export function useInboxCount() {
  return useQuery(inboxCountQuery());
}

/** The cursor of the first page: none. */
const FIRST_PAGE = "";

export function inboxQuery(filter: InboxFilter) {
  return infiniteQueryOptions({
    queryKey: queryKeys.inboxPage(filter),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.listInbox, { query: { filter, limit: 30, ...(pageParam ? { cursor: pageParam } : {}) }, signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: "always",
  });
}

export function useInbox(filter: InboxFilter) {
  return useInfiniteQuery(inboxQuery(filter));
}

/** Marks items read (or all of them); the badge takes the count the server answers, the lists refetch. */
export function useMarkInboxRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (what: { ids: string[] } | { all: true }) => apiFetch(endpoints.markInboxRead, { body: what }),
    onSuccess: ({ unread }) => {
      queryClient.setQueryData(inboxCountQuery().queryKey, unread);
      void queryClient.invalidateQueries({ queryKey: queryKeys.inboxPages });
    },
  });
}
