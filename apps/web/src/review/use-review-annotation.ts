import { type Annotation, endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { refreshAnnotation } from "../annotations/annotation-cache.ts";
import { updateAnnotationCache } from "../annotations/annotation-query.ts";
import { conflictCurrent } from "../annotations/mutation-errors.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { annotationHistoryQuery } from "./use-annotation-history.ts";

export type ReviewDecision = "accepted" | "rejected" | "disputed";

export interface ReviewInput {
  /** The annotation as the reviewer saw it: its version is the one the server must still have. */
  annotation: Annotation;
  status: ReviewDecision;
  comment?: string;
}

/** Keeps every view of the annotation in step: the reader's list for its statement, its history, the queue. */
function showEverywhere(queryClient: ReturnType<typeof useQueryClient>, annotation: Annotation) {
  updateAnnotationCache(queryClient, annotation.statementSlug, (list) => refreshAnnotation(list, annotation));
  void queryClient.invalidateQueries({ queryKey: annotationHistoryQuery(annotation.id).queryKey });
}

/**
 * Accepts, rejects or disputes an annotation. Not optimistic: a decision is one click and the answer comes
 * fast, and a reviewer should see the decision that was stored. On a 409 the cache takes the current version.
 */
export function useReviewAnnotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ annotation, status, comment }: ReviewInput) =>
      (
        await apiFetch(endpoints.reviewAnnotation, {
          params: { id: annotation.id },
          body: { status, version: annotation.version, ...(comment?.trim() ? { comment: comment.trim() } : {}) },
        })
      ).annotation,
    onSuccess: (saved) => showEverywhere(queryClient, saved),
    onError: (error) => {
      const current = conflictCurrent(error);
      if (current) showEverywhere(queryClient, current);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.allReviewQueues }),
  });
}
