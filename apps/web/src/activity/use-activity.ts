import { endpoints } from "@verbatim/contract";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import type { ActivityParams } from "./activity-params.ts";

export type ActivityItem = ResponseOf<typeof endpoints.listActivity>["items"][number];

export const ACTIVITY_PAGE_SIZE = 30;
/** The feed polls rather than streams: it spans every statement, and the event streams are per statement. */
export const ACTIVITY_REFRESH_MS = 15_000;
/** The cursor of the first page: none. */
const FIRST_PAGE: string | undefined = undefined;

/** The workspace's recent changes, newest first, a page at a time; fresh every 15 s and when the window regains focus. */
export function activityQuery({ member, statement }: ActivityParams) {
  return infiniteQueryOptions({
    queryKey: queryKeys.activity(new URLSearchParams({ member, statement }).toString()),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.listActivity, {
        query: { member: member || undefined, statement: statement || undefined, limit: ACTIVITY_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: ACTIVITY_REFRESH_MS,
    refetchOnWindowFocus: "always",
  });
}

export function useActivity(params: ActivityParams) {
  return useInfiniteQuery(activityQuery(params));
}
