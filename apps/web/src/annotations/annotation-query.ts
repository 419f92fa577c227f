import type { Annotation } from "@verbatim/contract";
import { type QueryClient, queryOptions } from "@tanstack/react-query";
import { queryKeys } from "../queries/query-keys.ts";
import { fetchAllAnnotations } from "./fetch-all-annotations.ts";

type List = Annotation[] | undefined;

/** Every annotation of a statement, as the server sent them (useAnnotations sorts them in reading order). */
export function annotationsQuery(slug: string) {
  return queryOptions({
    queryKey: queryKeys.annotations(slug),
    queryFn: ({ signal }) => fetchAllAnnotations(slug, signal),
    // Structural sharing would deep-compare 5,000 annotations on every change, and copy those that moved in the
    // sorted list (breaking the identity the panel's items are memoised on). The cache updates in
    // annotation-cache.ts already keep every unchanged annotation's identity.
    structuralSharing: false,
    // Changes by others arrive as events; a remount of the panel should not reload 5,000 annotations.
    staleTime: 60_000,
  });
}

/** The annotations of a statement as they stood on an older revision (read-only: nothing updates this entry in place). */
export function annotationsAsOfQuery(slug: string, revision: number) {
  return queryOptions({
    queryKey: queryKeys.annotationsAsOf(slug, revision),
    queryFn: ({ signal }) => fetchAllAnnotations(slug, signal, revision),
    structuralSharing: false,
    staleTime: 60_000,
  });
}

/** Applies a pure update to the cached annotations of a statement. */
export function updateAnnotationCache(queryClient: QueryClient, slug: string, update: (list: List) => List): void {
  queryClient.setQueryData(annotationsQuery(slug).queryKey, update);
  // Who cites what across statements may have changed with it: read again when next shown, not refetched now.
  void queryClient.invalidateQueries({ queryKey: queryKeys.citations, refetchType: "none" });
}

export function cachedAnnotations(queryClient: QueryClient, slug: string): Annotation[] | undefined {
  return queryClient.getQueryData(annotationsQuery(slug).queryKey);
}

/**
 * Gets the cache ready for an optimistic change: stops a background refetch that would overwrite it. Says
 * whether the list must be fetched again once the change settles: when a refetch was stopped, or when the list
 * was not loaded yet (its first fetch may have been read before this change). The first load is never
 * cancelled: a cancelled first fetch would leave the reader without annotations.
 */
export async function holdAnnotationRefetch(queryClient: QueryClient, slug: string): Promise<boolean> {
  const { queryKey } = annotationsQuery(slug);
  if (cachedAnnotations(queryClient, slug) === undefined) return true;
  if (queryClient.isFetching({ queryKey }) === 0) return false;
  await queryClient.cancelQueries({ queryKey });
  return true;
}

/** After a change settles: refetch if holdAnnotationRefetch said so, and mark the library's counts stale (fetched when next shown). */
export function afterAnnotationChange(queryClient: QueryClient, slug: string, refetch: boolean): void {
  if (refetch) void queryClient.invalidateQueries({ queryKey: annotationsQuery(slug).queryKey });
  void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements, refetchType: "none" });
}
