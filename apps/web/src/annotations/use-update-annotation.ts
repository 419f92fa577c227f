import { type Annotation, endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { findAnnotation, refreshAnnotation, removeAnnotation, rollbackAnnotation, upsertAnnotation } from "./annotation-cache.ts";
import { annotationWrites, newestVersion, updateAnnotationKey } from "./annotation-writes.ts";
import { afterAnnotationChange, cachedAnnotations, holdAnnotationRefetch, updateAnnotationCache } from "./annotation-query.ts";
import { mergeLabels } from "./label-vocabulary.ts";
import { conflictCurrent, updateErrorMessage } from "./mutation-errors.ts";
import { annotationNotices } from "./notice-store.ts";
import { type AnnotationChanges, withChanges } from "./optimistic-annotation.ts";
import { labelsQuery } from "./use-vocabulary.ts";

export interface UpdateAnnotationInput {
  /** The annotation as it was when the edit began: its version is the one the server must still have. */
  annotation: Annotation;
  changes: AnnotationChanges;
}

interface Held {
  optimistic: Annotation;
  previous: Annotation | undefined;
  heldRefetch: boolean;
}

/**
 * Edits an annotation optimistically. If someone else changed it first (409), the page shows their version and
 * a notice offering to keep this edit (sent again on top of theirs) or to use theirs.
 */
export function useUpdateAnnotation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateAnnotationKey(slug),
    scope: annotationWrites(slug),
    // Two saves in a row: the second is sent on top of the first (the version it made), as the user made it.
    mutationFn: async ({ annotation, changes }: UpdateAnnotationInput) =>
      (
        await apiFetch(endpoints.updateAnnotation, {
          params: { id: annotation.id },
          body: { ...changes, version: newestVersion(queryClient, slug, annotation) },
        })
      ).annotation,
    onMutate: async ({ annotation, changes }): Promise<Held> => {
      const heldRefetch = await holdAnnotationRefetch(queryClient, slug);
      const previous = findAnnotation(cachedAnnotations(queryClient, slug), annotation.id);
      const optimistic = withChanges(previous ?? annotation, changes, new Date().toISOString());
      updateAnnotationCache(queryClient, slug, (list) => refreshAnnotation(list, optimistic));
      return { optimistic, previous, heldRefetch };
    },
    onSuccess: (saved, { changes }) => {
      updateAnnotationCache(queryClient, slug, (list) => refreshAnnotation(list, saved));
      if (changes.labels) {
        queryClient.setQueryData(labelsQuery().queryKey, (v) => mergeLabels(v, changes.labels ?? []));
      }
    },
    onError: (error, { annotation, changes }, held) => {
      const current = conflictCurrent(error);
      if (current) {
        updateAnnotationCache(queryClient, slug, (list) => upsertAnnotation(list, current));
        annotationNotices.add({ type: "conflict", slug, base: annotation, current, changes });
        return;
      }
      if (isApiError(error, "not_found")) updateAnnotationCache(queryClient, slug, (list) => removeAnnotation(list, annotation.id));
      else if (held) updateAnnotationCache(queryClient, slug, (list) => rollbackAnnotation(list, held.optimistic, held.previous));
      annotationNotices.add({ type: "error", message: updateErrorMessage(error) });
    },
    onSettled: (_saved, _error, _input, held) => afterAnnotationChange(queryClient, slug, held?.heldRefetch ?? false),
  });
}
