import { endpoints } from "@verbatim/contract";
import type { AnnotationKind } from "@verbatim/core";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { upsertAnnotation } from "../annotations/annotation-cache.ts";
import { afterAnnotationChange, updateAnnotationCache } from "../annotations/annotation-query.ts";
import { annotationNotices } from "../annotations/notice-store.ts";
import { acceptErrorMessage, dismissErrorMessage, undoErrorMessage } from "./suggestion-errors.ts";
import { countOf } from "./suggestion-groups.ts";
import { dropCachedSuggestions, suggestionsQuery } from "./suggestions-query.ts";

/** The statement's suggestions read again, and an instrument's untagged mentions (under citations) when next shown. */
async function refreshSuggestions(queryClient: QueryClient, slug: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: suggestionsQuery(slug).queryKey }),
    queryClient.invalidateQueries({ queryKey: queryKeys.citations, refetchType: "none" }),
  ]);
}

export interface AcceptSuggestionInput {
  id: string;
  /** The revision the suggestions were read from: the server refuses with revision_changed if another is current. */
  revision: number;
  attributes?: Record<string, unknown>;
}

/**
 * Accepts one suggestion: it leaves the list at once, and the server's new annotation (proposed, by the caller,
 * with the suggestion's provenance) joins the cached annotations as soon as it answers.
 */
export function useAcceptSuggestion(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["accept-suggestion", slug],
    mutationFn: ({ id, revision, attributes }: AcceptSuggestionInput) =>
      apiFetch(endpoints.acceptSuggestion, { params: { idOrSlug: slug, id }, body: attributes ? { revision, attributes } : { revision } }),
    onMutate: ({ id }) => dropCachedSuggestions(queryClient, slug, new Set([id])),
    onSuccess: ({ annotation }) => updateAnnotationCache(queryClient, slug, (list) => upsertAnnotation(list, annotation)),
    onError: (error) => {
      annotationNotices.add({ type: "error", message: acceptErrorMessage(error) });
      // A revised text moved every offset: the annotations are re-anchored on the server, read them again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.annotations(slug) });
    },
    onSettled: () => {
      // The new annotation is in the cache already (and arrives as a live event too): no need to reload them all.
      afterAnnotationChange(queryClient, slug, false);
      return refreshSuggestions(queryClient, slug);
    },
  });
}

export interface AcceptAllInput {
  kind: AnnotationKind;
  ids: readonly string[];
  revision: number;
}

/** Accepts every listed suggestion of one kind at once; the notice it leaves can undo them all. */
export function useAcceptAllSuggestions(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["accept-suggestions", slug],
    mutationFn: ({ kind, ids, revision }: AcceptAllInput) =>
      apiFetch(endpoints.acceptSuggestions, { params: { idOrSlug: slug }, body: { kind, ids: [...ids], revision } }),
    onMutate: ({ ids }) => dropCachedSuggestions(queryClient, slug, new Set(ids)),
    onSuccess: ({ annotations, undo }, { kind }) => {
      annotationNotices.add({ type: "accepted", slug, message: `Accepted ${countOf(annotations.length, kind)}.`, undo });
    },
    onError: (error) => annotationNotices.add({ type: "error", message: acceptErrorMessage(error) }),
    onSettled: () => afterBulkChange(queryClient, slug),
  });
}

/** Deletes what one accept-all made, except the annotations changed since; their suggestions come back. */
export function useUndoAcceptedSuggestions(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["undo-accepted-suggestions", slug],
    mutationFn: (token: string) => apiFetch(endpoints.undoAcceptedSuggestions, { params: { idOrSlug: slug, token } }),
    onSuccess: ({ deleted, kept }) => {
      const keptText = kept > 0 ? ` ${kept} changed since ${kept === 1 ? "was" : "were"} kept.` : "";
      annotationNotices.add({
        type: "info",
        message: `Undone: ${deleted} ${deleted === 1 ? "annotation" : "annotations"} removed.${keptText}`,
      });
    },
    onError: (error) => annotationNotices.add({ type: "error", message: undoErrorMessage(error) }),
    onSettled: () => afterBulkChange(queryClient, slug),
  });
}

/** Hides a suggestion from the caller for good; it leaves the list at once and comes back only if the server refused. */
export function useDismissSuggestion(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["dismiss-suggestion", slug],
    mutationFn: (id: string) => apiFetch(endpoints.dismissSuggestion, { params: { idOrSlug: slug, id } }),
    onMutate: (id) => dropCachedSuggestions(queryClient, slug, new Set([id])),
    onError: (error) => annotationNotices.add({ type: "error", message: dismissErrorMessage(error) }),
    onSettled: () => refreshSuggestions(queryClient, slug),
  });
}

/** Many annotations made or removed at once: both lists are read again. */
function afterBulkChange(queryClient: QueryClient, slug: string): Promise<void> {
  afterAnnotationChange(queryClient, slug, true);
  return refreshSuggestions(queryClient, slug);
}
