import { endpoints, type Passage, type Passages } from "@verbatim/contract";
import { infiniteQueryOptions, keepPreviousData } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { passagesApiQuery, passagesParamsOf, type PassagesState } from "./passages-url.ts";

export type { Passage, Passages };

const FIRST_PAGE: string | undefined = undefined;

/** Retrieved passages a page at a time; the groups and the total come with the first page. */
export function passagesQuery(state: PassagesState) {
  return infiniteQueryOptions({
    queryKey: queryKeys.passages(passagesParamsOf(state).toString()),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.passages, { query: { ...passagesApiQuery(state), group: state.group, cursor: pageParam }, signal }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
