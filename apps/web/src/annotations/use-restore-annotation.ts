import { type Annotation, endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { removeAnnotation, upsertAnnotation } from "./annotation-cache.ts";
import { annotationWrites } from "./annotation-writes.ts";
import { afterAnnotationChange, holdAnnotationRefetch, updateAnnotationCache } from "./annotation-query.ts";
import { restoreErrorMessage } from "./mutation-errors.ts";
import { annotationNotices } from "./notice-store.ts";

export interface RestoreAnnotationInput {
  annotation: Annotation;
  /** The deletion being undone: restoring waits for it, and does nothing if the server refused it. */
  deletion: Promise<boolean>;
}

/** Undoes a deletion: the annotation is back at once, and the server's restored copy replaces it. */
export function useRestoreAnnotation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["restore-annotation", slug],
    scope: annotationWrites(slug),
    mutationFn: async ({ annotation, deletion }: RestoreAnnotationInput) => {
      if (!(await deletion)) return null;
      return (await apiFetch(endpoints.restoreAnnotation, { params: { id: annotation.id } })).annotation;
    },
    onMutate: async ({ annotation }) => {
      const heldRefetch = await holdAnnotationRefetch(queryClient, slug);
      updateAnnotationCache(queryClient, slug, (list) => upsertAnnotation(list, annotation));
      return { heldRefetch };
    },
    onSuccess: (restored) => {
      if (restored) updateAnnotationCache(queryClient, slug, (list) => upsertAnnotation(list, restored));
    },
    onError: (error, { annotation }) => {
      updateAnnotationCache(queryClient, slug, (list) => removeAnnotation(list, annotation.id));
      annotationNotices.add({ type: "error", message: restoreErrorMessage(error) });
    },
    onSettled: (_r, _e, _i, held) => afterAnnotationChange(queryClient, slug, held?.heldRefetch ?? false),
  });
}
