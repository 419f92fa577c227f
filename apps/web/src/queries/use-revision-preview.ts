import { endpoints } from "@verbatim/contract";
import { useMutation } from "@tanstack/react-query";
import { apiFetch, type BodyOf, type ResponseOf } from "../api/api-fetch.ts";

export type RevisionInput = BodyOf<typeof endpoints.createRevision>;
/** A revision's text as JSON, or a file as a multipart form (the note and base revision as its fields). */
export type RevisionCall = { slug: string } & ({ body: RevisionInput; form?: undefined } | { form: FormData; body?: undefined });
export type RevisionPreview = ResponseOf<typeof endpoints.previewRevision>;

/** What adding a text as the statement's next revision would do, nothing stored: a POST the user starts, so a mutation. */
export function useRevisionPreview() {
  return useMutation({
    mutationFn: ({ slug, body, form, signal }: RevisionCall & { signal?: AbortSignal }) =>
      apiFetch(endpoints.previewRevision, { params: { idOrSlug: slug }, ...(form ? { form } : { body }), signal }),
  });
}
