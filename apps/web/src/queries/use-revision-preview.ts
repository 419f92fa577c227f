import { endpoints } from "@verbatim/contract";
import { useMutation } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type ResponseOf } from "../api/api-fetch.ts";

export type RevisionInput = BodyOf<typeof endpoints.createRevision>;
export type RevisionPreview = ResponseOf<typeof endpoints.previewRevision>;

/** What adding a text as the statement's next revision would do, nothing stored: a POST the user starts, so a mutation. */
export function useRevisionPreview() {
  return useMutation({
    mutationFn: ({ slug, body, signal }: { slug: string; body: RevisionInput; signal?: AbortSignal }) =>
      apiFetch(endpoints.previewRevision, { params: { idOrSlug: slug }, body, signal }),
  });
}
