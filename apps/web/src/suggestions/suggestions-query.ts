import { endpoints } from "@verbatim/contract";
import { type QueryClient, queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";

export type SuggestionList = ResponseOf<typeof endpoints.listSuggestions>;
export type Suggestion = SuggestionList["items"][number];

/**
 * What the detector suggests in a statement's current text, without what the caller dismissed or an annotation
 * already covers. Fetched only while suggestion mode is on; the server caches it per revision.
 */
export function suggestionsQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.suggestions(slug),
    queryFn: ({ signal }) => apiFetch(endpoints.listSuggestions, { params: { idOrSlug: slug }, signal, check: "sample" }),
    staleTime: 30_000,
  });
}

/** Takes suggestions out of the cached list at once (accepted or dismissed), before the server's list comes back. */
export function dropCachedSuggestions(queryClient: QueryClient, slug: string, ids: ReadonlySet<string>): void {
  queryClient.setQueryData(suggestionsQuery(slug).queryKey, (list) =>
    list ? { ...list, items: list.items.filter((s) => !ids.has(s.id)) } : list,
  );
}
