import { endpoints } from "@verbatim/contract";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import type { CompareParams } from "./compare-params.ts";

export type Comparison = ResponseOf<typeof endpoints.compareAnnotators>;

/** The statement's annotators and, once two or more are chosen, their tags side by side with the agreement figures. */
export function useComparison(slug: string, { authors, kinds }: CompareParams) {
  const filters = [authors.join(","), kinds.join(",")].join("|");
  return useQuery({
    queryKey: queryKeys.compare(slug, filters),
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
