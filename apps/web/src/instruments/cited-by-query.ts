import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type CitedByList = ResponseOf<typeof endpoints.citedBy>;

/** The other statements' cross-references to this statement's paragraphs. */
export function citedByQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.citedBy(slug),
    queryFn: ({ signal }) => apiFetch(endpoints.citedBy, { params: { idOrSlug: slug }, signal }),
    staleTime: 60_000,
  });
}
