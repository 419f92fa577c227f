import { endpoints } from "@verbatim/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type Statement = ResponseOf<typeof endpoints.getStatement>["statement"];

/** One statement with its current paragraphs, by slug or ID: the reader, its annotations' order and new tags read this one entry. */
export function statementQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.statement(slug),
    queryFn: async ({ signal }): Promise<Statement> =>
      (await apiFetch(endpoints.getStatement, { params: { idOrSlug: slug }, signal })).statement,
  });
}

export function useStatement(slug: string) {
  return useQuery(statementQuery(slug));
}
