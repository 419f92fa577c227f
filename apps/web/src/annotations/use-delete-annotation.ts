import { type Annotation, endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { removeAnnotation, upsertAnnotation } from "./annotation-cache.ts";
import { annotationWrites, newestVersion } from "./annotation-writes.ts";
import { afterAnnotationChange, holdAnnotationRefetch, updateAnnotationCache } from "./annotation-query.ts";
import { deferred } from "./deferred.ts";
import { conflictCurrent, deleteErrorMessage } from "./mutation-errors.ts";
import { annotationNotices } from "./notice-store.ts";

interface Held {
  noticeId: string;
  settle: (deleted: boolean) => void;
  heldRefetch: boolean;
}

/**
 * Deletes an annotation at once, with an "Undo" notice (see useRestoreAnnotation). The request carries the
 * version, so an annotation someone changed meanwhile is not deleted unseen.
 */
export function useDeleteAnnotation(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["delete-annotation", slug],
    scope: annotationWrites(slug),
    // Run after any save of it sent before (the scope), so the version is the one that save made.
    mutationFn: (annotation: Annotation) =>
      apiFetch(endpoints.deleteAnnotation, {
        params: { id: annotation.id },
        query: { version: newestVersion(queryClient, slug, annotation) },
      }),
    onMutate: async (annotation): Promise<Held> => {
      const heldRefetch = await holdAnnotationRefetch(queryClient, slug);
      updateAnnotationCache(queryClient, slug, (list) => removeAnnotation(list, annotation.id));
      const { promise, resolve } = deferred<boolean>();
      const noticeId = annotationNotices.add({ type: "deleted", slug, annotation, deletion: promise });
      return { noticeId, settle: resolve, heldRefetch };
    },
    onSuccess: (_none, _annotation, held) => held.settle(true),
    onError: (error, annotation, held) => {
      held?.settle(false);
      if (held) annotationNotices.dismiss(held.noticeId);
      if (!isApiError(error, "not_found")) {
        updateAnnotationCache(queryClient, slug, (list) => upsertAnnotation(list, conflictCurrent(error) ?? annotation));
      }
      annotationNotices.add({ type: "error", message: deleteErrorMessage(error) });
    },
    onSettled: (_none, _error, _annotation, held) => afterAnnotationChange(queryClient, slug, held?.heldRefetch ?? false),
  });
}
