import { type Annotation, endpoints, type PlacementRequest } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { refreshAnnotation, removeAnnotation, upsertAnnotation } from "../annotations/annotation-cache.ts";
import { updateAnnotationCache } from "../annotations/annotation-query.ts";
import { conflictCurrent } from "../annotations/mutation-errors.ts";
import { queryKeys } from "../queries/query-keys.ts";

type Action = PlacementRequest["action"];
export type PlacementInput = { annotation: Annotation } & (
  { action: Exclude<Action, "place"> } | { action: "place"; target: { paragraphId: string; start: number; end: number }; revision: number }
);

/**
 * Confirms, places, drops or restores a waiting annotation. Not optimistic: the server computes the quote, and
 * the person should see what was stored. The reader's cached list takes the answer (a drop leaves it).
 */
export function usePlaceAnnotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PlacementInput) => {
      const { annotation, ...rest } = input;
      const body = { ...rest, version: annotation.version } as PlacementRequest;
      return (await apiFetch(endpoints.placeAnnotation, { params: { id: annotation.id }, body })).annotation;
    },
    onSuccess: (saved, input) => {
      updateAnnotationCache(queryClient, saved.statementSlug, (list) =>
        input.action === "drop"
          ? removeAnnotation(list, saved.id)
          : input.action === "restore"
            ? upsertAnnotation(list, saved)
            : refreshAnnotation(list, saved),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.annotationHistory(saved.id) });
    },
    onError: (error) => {
      const current = conflictCurrent(error);
      if (current) updateAnnotationCache(queryClient, current.statementSlug, (list) => refreshAnnotation(list, current));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.allPlacements }),
  });
}
