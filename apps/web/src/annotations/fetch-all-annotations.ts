import { type Annotation, endpoints } from "@verbatim/contract";
import { apiFetch } from "../api/api-fetch.ts";

/** The API's largest page; the reader wants a statement's annotations whole. */
export const ANNOTATION_PAGE_SIZE = 5000;

/**
 * Every annotation of a statement, following `nextCursor` until the last page; with `revision`, as they stood on that
 * older revision's text.
 */
export async function fetchAllAnnotations(slug: string, signal?: AbortSignal, revision?: number): Promise<Annotation[]> {
  let all: Annotation[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiFetch(endpoints.listAnnotations, {
      params: { idOrSlug: slug },
      query: { limit: ANNOTATION_PAGE_SIZE, cursor, revision },
      signal,
      check: "sample",
    });
    all = all.length === 0 ? page.items : all.concat(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
