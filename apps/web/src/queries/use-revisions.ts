import { endpoints } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";
import type { Statement } from "./use-statement.ts";

export type RevisionInfo = ResponseOf<typeof endpoints.listRevisions>["items"][number];
export type RevisionDiff = ResponseOf<typeof endpoints.revisionDiff>;

/** A statement's revisions, oldest first, with their authors, notes and change counts. */
export function revisionsQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.revisions(slug),
    queryFn: async ({ signal }) => (await apiFetch(endpoints.listRevisions, { params: { idOrSlug: slug }, signal })).items,
  });
}

/**
 * Revision N's paragraphs (read-only). A revision's text never changes, so it stays fresh; the statement's other
 * fields (its current revision, abilities) come along and may age, which is why the reader reads those from
 * `statementQuery(slug)`.
 */
export function statementRevisionQuery(slug: string, n: number) {
  return queryOptions({
    queryKey: queryKeys.statementRevision(slug, n),
    queryFn: async ({ signal }): Promise<Statement> =>
      (await apiFetch(endpoints.getStatement, { params: { idOrSlug: slug }, query: { revision: n }, signal })).statement,
    staleTime: Infinity,
  });
}

/** Revision n against an older one (the one before it when `against` is null): every ID's text on both sides. */
export function revisionDiffQuery(slug: string, n: number, against: number | null) {
  return queryOptions({
    queryKey: queryKeys.revisionDiff(slug, n, against),
    queryFn: ({ signal }) =>
      apiFetch(endpoints.revisionDiff, { params: { idOrSlug: slug, n: String(n) }, query: against === null ? {} : { against }, signal }),
    staleTime: Infinity,
  });
}
