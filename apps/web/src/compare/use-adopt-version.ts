import { type AdoptVersionRequest, endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { annotationsQuery } from "../annotations/annotation-query.ts";
import { queryKeys } from "../queries/query-keys.ts";

/** Accepts one version and rejects the rest of its group; afterwards the comparison and the reader's list load again. */
export function useAdoptVersion(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdoptVersionRequest) => apiFetch(endpoints.adoptVersion, { params: { idOrSlug: slug }, body }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.comparisons(slug) }),
        queryClient.invalidateQueries({ queryKey: annotationsQuery(slug).queryKey }),
      ]),
  });
}
