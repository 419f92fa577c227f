import { endpoints } from "@verbatim/contract";
import { useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type StatementSummary = ResponseOf<typeof endpoints.listStatements>["items"][number];

const PAGE_SIZE = 50;

/** The workspace's statements, newest first, a page at a time; `q` searches titles and metadata. */
export function useStatements(q = "") {
  return useInfiniteQuery({
    queryKey: queryKeys.statements(q),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(endpoints.listStatements, { query: { q: q || undefined, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
