import { type Annotation, type CreateAnnotationRequest, endpoints } from "@verbatim/contract";
import type { TextQuote } from "@verbatim/core";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { isApiError } from "../api/api-error.ts";
import { apiFetch } from "../api/api-fetch.ts";
import { randomId } from "../lib/random-id.ts";
import { shouldRetry } from "../query-client.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { type Me, useMe } from "../queries/use-me.ts";
import { statementQuery } from "../queries/use-statement.ts";
import { removeAnnotation, replaceAnnotation, upsertAnnotation } from "./annotation-cache.ts";
import { afterAnnotationChange, cachedAnnotations, holdAnnotationRefetch, updateAnnotationCache } from "./annotation-query.ts";
import { mergeLabels } from "./label-vocabulary.ts";
import { createErrorMessage } from "./mutation-errors.ts";
import { annotationNotices } from "./notice-store.ts";
import { newOptimisticId, optimisticAnnotation } from "./optimistic-annotation.ts";
import { rememberSavedId } from "./saved-ids.ts";
import { labelsQuery } from "./use-vocabulary.ts";

export interface CreateAnnotationInput {
  request: CreateAnnotationRequest;
  /** The selection's quote with its prefix and suffix (the draft's), shown until the server answers. */
  quote: TextQuote;
  /** Chosen by the caller when it needs the ID at once (to select the new annotation); made up otherwise. */
  optimisticId?: string;
}

interface Held {
  optimistic: Annotation;
  heldRefetch: boolean;
}

function statementFacts(queryClient: QueryClient, slug: string): { statementId: string; revision: number } {
  const statement = queryClient.getQueryData(statementQuery(slug).queryKey);
  const sibling = cachedAnnotations(queryClient, slug)?.[0];
  return { statementId: statement?.id ?? sibling?.statementId ?? "", revision: statement?.revision ?? sibling?.revision ?? 1 };
}

const authorOf = (me: Me | null | undefined) => ({ id: me?.user.id ?? "", name: me?.user.name ?? "You" });

/**
 * One Idempotency-Key per save: TanStack hands every retry of a mutation the same input object. Not cleared on
 * sign-out (see resetClientState): its keys are the mutations' own inputs, so an entry goes when its mutation does.
 */
const idempotencyKeys = new WeakMap<CreateAnnotationInput, string>();
function idempotencyKeyOf(input: CreateAnnotationInput): string {
  const key = idempotencyKeys.get(input) ?? randomId();
  idempotencyKeys.set(input, key);
  return key;
}

/**
 * Tags a span. The annotation appears in the cache (so the highlight and the panel show it) before the request
 * leaves; the server's copy replaces it on success, and it is taken out again, with a message, on failure.
 * A network failure or a 5xx is retried with the same Idempotency-Key, so a save that did reach the server
 * is not made twice.
 */
export function useCreateAnnotation(slug: string) {
  const queryClient = useQueryClient();
  const me = useMe().data;
  return useMutation({
    mutationKey: ["create-annotation", slug],
    mutationFn: async (input: CreateAnnotationInput) => {
      const headers = { "Idempotency-Key": idempotencyKeyOf(input) };
      return (await apiFetch(endpoints.createAnnotation, { params: { idOrSlug: slug }, body: input.request, headers })).annotation;
    },
    retry: shouldRetry,
    onMutate: async ({ request, quote, optimisticId }): Promise<Held> => {
      const optimistic = optimisticAnnotation(request, quote, {
        id: optimisticId ?? newOptimisticId(),
        slug,
        ...statementFacts(queryClient, slug),
        author: authorOf(me),
        now: new Date().toISOString(),
      });
      const heldRefetch = await holdAnnotationRefetch(queryClient, slug);
      updateAnnotationCache(queryClient, slug, (list) => upsertAnnotation(list, optimistic));
      return { optimistic, heldRefetch };
    },
    onSuccess: (saved, _input, held) => {
      rememberSavedId(held.optimistic.id, saved.id);
      updateAnnotationCache(queryClient, slug, (list) => replaceAnnotation(list, held.optimistic.id, saved));
      queryClient.setQueryData(labelsQuery().queryKey, (vocabulary) => mergeLabels(vocabulary, saved.labels));
      // A name the codebook lacked is a code now: the code fields offer it from the next keystroke.
      void queryClient.invalidateQueries({ queryKey: queryKeys.codes });
    },
    onError: (error, _input, held) => {
      if (held) updateAnnotationCache(queryClient, slug, (list) => removeAnnotation(list, held.optimistic.id));
      annotationNotices.add({ type: "error", message: createErrorMessage(error) });
      // A revision landed under the selection: read the new text (and where the tags went) before the next try.
      if (isApiError(error, "revision_changed")) {
        for (const queryKey of [queryKeys.statement(slug), queryKeys.annotations(slug)]) void queryClient.invalidateQueries({ queryKey });
      }
    },
    onSettled: (_saved, _error, _input, held) => afterAnnotationChange(queryClient, slug, held?.heldRefetch ?? false),
  });
}
