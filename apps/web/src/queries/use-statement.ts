import { endpoints } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type Statement = ResponseOf<typeof endpoints.getStatement>["statement"];

/** One statement with its current paragraphs, by slug or ID. */
export function useStatement(slug: string) {
  return useQuery({
    queryKey: queryKeys.statement(slug),
    queryFn: ({ signal }) => apiFetch(endpoints.getStatement, { params: { idOrSlug: slug }, signal }),
    select: (data) => data.statement,
  });
}
