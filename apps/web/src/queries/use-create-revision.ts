import { endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";
import type { RevisionCall } from "./use-revision-preview.ts";

/**
 * Adds a revision: the statement's text, its paragraphs and its annotations' places all change, so its cached entries
 * the library's pages and the "Needs placing" queue are stale afterwards (refetched in the background, as after an import).
 */
export function useCreateRevision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, body, form }: RevisionCall) =>
      apiFetch(endpoints.createRevision, { params: { idOrSlug: slug }, ...(form ? { form } : { body }) }),
    onSuccess: (_result, { slug }) => {
      for (const queryKey of [queryKeys.allStatements, queryKeys.statement(slug), queryKeys.annotations(slug), queryKeys.allPlacements]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
