import { endpoints } from "@verbatim/contract";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import type { CompareParams } from "./compare-params.ts";

export type Comparison = ResponseOf<typeof endpoints.compareAnnotators>;

/** The statement's annotators and, once two or more are chosen, their tags side by side with the agreement figures. */
export function comparisonQuery(slug: string, { authors, kinds }: CompareParams) {
  return queryOptions({
    queryKey: queryKeys.compare(slug, [authors.join(","), kinds.join(",")].join("|")),
    queryFn: ({ signal }) =>
      apiFetch(endpoints.compareAnnotators, {
        params: { idOrSlug: slug },
        query: { authors: authors.length > 0 ? authors.join(",") : undefined, kind: kinds.length > 0 ? kinds.join(",") : undefined },
        signal,
      }),
    // Ticking another annotator keeps the table on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useComparison(slug: string, params: CompareParams) {
  return useQuery(comparisonQuery(slug, params));
}
