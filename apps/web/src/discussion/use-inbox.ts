import { endpoints } from "@verbatim/contract";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type InboxFilter = "unread" | "all";
const POLL_MS = 30_000;

/** The unread count for the nav badge: polled, and fetched again when the window regains focus. */
export function useInboxCount() {
  return useQuery({
    queryKey: queryKeys.inboxCount,
    queryFn: async ({ signal }) => (await apiFetch(endpoints.inboxCount, { signal })).unread,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: "always",
  });
}

export function useInbox(filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.inboxPage(filter),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.listInbox, { query: { filter, limit: 30, ...(pageParam ? { cursor: pageParam } : {}) }, signal }),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: "always",
  });
}

/** Marks items read (or all of them); the badge takes the count the server answers, the lists refetch. */
export function useMarkInboxRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (what: { ids: string[] } | { all: true }) => apiFetch(endpoints.markInboxRead, { body: what }),
    onSuccess: ({ unread }) => {
      queryClient.setQueryData(queryKeys.inboxCount, unread);
      void queryClient.invalidateQueries({ queryKey: ["inbox", "page"] });
    },
  });
}
