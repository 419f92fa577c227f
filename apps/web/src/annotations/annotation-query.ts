import type { Annotation } from "@verbatim/contract";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../queries/query-keys.ts";

type List = Annotation[] | undefined;

/** Applies a pure update to the cached annotations of a statement. */
export function updateAnnotationCache(queryClient: QueryClient, slug: string, update: (list: List) => List): void {
  queryClient.setQueryData<Annotation[]>(queryKeys.annotations(slug), update);
}

export function cachedAnnotations(queryClient: QueryClient, slug: string): Annotation[] | undefined {
  return queryClient.getQueryData<Annotation[]>(queryKeys.annotations(slug));
}

/**
 * Gets the cache ready for an optimistic change: stops a background refetch that would overwrite it. Says
 * whether the list must be fetched again once the change settles: when a refetch was stopped, or when the list
 * was not loaded yet (its first fetch may have been read before this change). The first load is never
 * cancelled: a cancelled first fetch would leave the reader without annotations.
 */
export async function holdAnnotationRefetch(queryClient: QueryClient, slug: string): Promise<boolean> {
  const queryKey = queryKeys.annotations(slug);
  if (cachedAnnotations(queryClient, slug) === undefined) return true;
  if (queryClient.isFetching({ queryKey }) === 0) return false;
  await queryClient.cancelQueries({ queryKey });
  return true;
}

/** After a change settles: refetch if holdAnnotationRefetch said so, and mark the library's counts stale (fetched when next shown). */
export function afterAnnotationChange(queryClient: QueryClient, slug: string, refetch: boolean): void {
  if (refetch) void queryClient.invalidateQueries({ queryKey: queryKeys.annotations(slug) });
  void queryClient.invalidateQueries({ queryKey: queryKeys.allStatements, refetchType: "none" });
}
