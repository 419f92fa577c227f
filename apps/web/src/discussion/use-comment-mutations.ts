import { type Comment, type CommentDoc, endpoints } from "@verbatim/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { isApiError } from "../api/api-error.ts";
import { markCommentDeleted, upsertComment } from "./comment-cache.ts";
import { updateCommentCache } from "./use-statement-comments.ts";

/** The server's copy carried by a 409, if the error is one. */
export function conflictComment(error: unknown): Comment | null {
  if (!isApiError(error, "version_conflict")) return null;
  const current = (error.details as { current?: Comment } | null)?.current;
  return current ?? null;
}

export function useCreateComment(slug: string, annotationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: CommentDoc; parentId?: string }) =>
      apiFetch(endpoints.createComment, { params: { id: annotationId }, body: input }),
    onSuccess: ({ comment }) => updateCommentCache(queryClient, slug, (list) => upsertComment(list, comment)),
  });
}

export function useUpdateComment(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ comment, body }: { comment: Comment; body: CommentDoc }) =>
      apiFetch(endpoints.updateComment, { params: { id: comment.id }, body: { version: comment.version, body } }),
    onSuccess: ({ comment }) => updateCommentCache(queryClient, slug, (list) => upsertComment(list, comment)),
    onError: (error) => {
      const current = conflictComment(error);
      if (current) updateCommentCache(queryClient, slug, (list) => upsertComment(list, current));
    },
  });
}

export function useDeleteComment(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: Comment) => apiFetch(endpoints.deleteComment, { params: { id: comment.id } }),
    onSuccess: (_none, comment) =>
      updateCommentCache(queryClient, slug, (list) => markCommentDeleted(list, { id: comment.id, version: comment.version + 1 })),
  });
}

export function useRestoreComment(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: Comment) => apiFetch(endpoints.restoreComment, { params: { id: comment.id } }),
    onSuccess: ({ comment }) => updateCommentCache(queryClient, slug, (list) => upsertComment(list, comment)),
  });
}
