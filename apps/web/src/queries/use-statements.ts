import { endpoints, type ListStatementsQuery } from "@verbatim/contract";
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type StatementSummary = ResponseOf<typeof endpoints.listStatements>["items"][number];
export type StatementSort = z.output<typeof ListStatementsQuery>["sort"];

export const STATEMENTS_PAGE_SIZE = 25;
/** The cursor of the first page: none. */
const FIRST_PAGE: string | undefined = undefined;

/**
 * The workspace's statements, a page at a time; `q` searches titles, delegations and forums. While a new
 * search or sort loads, the previous results stay on screen, so the list does not flash empty at each keystroke.
 */
export function statementsQuery(q = "", sort: StatementSort = "-created") {
  return infiniteQueryOptions({
    queryKey: queryKeys.statements(q, sort),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.listStatements, {
        query: { q: q || undefined, sort, limit: STATEMENTS_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useStatements(q = "", sort: StatementSort = "-created") {
  return useInfiniteQuery(statementsQuery(q, sort));
}

const STATEMENT_OPTIONS = 500;

/** The workspace's statements by title (the first 500), one page, for a filter's choices. */
export function statementOptionsQuery() {
  return queryOptions({
    queryKey: queryKeys.statementOptions,
    queryFn: ({ signal }) => apiFetch(endpoints.listStatements, { query: { sort: "title", limit: STATEMENT_OPTIONS }, signal }),
  });
}
