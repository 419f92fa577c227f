import { partialMatchKey, type QueryClient, type QueryKey } from "@tanstack/react-query";

const stores = new Set<() => void>();

/**
 * Registers a module-level store (a map of saved IDs, the notice list) to be emptied by resetClientState.
 * Call it once, beside the store; the registry lives down here so that this module need not know the features.
 */
export function registerClientStore(reset: () => void): void {
  stores.add(reset);
}

/**
 * Forgets everything the last session held in memory: every cached query except those under the `keep` keys,
 * and every registered store. Run when a session ends, or another user or workspace takes its place.
 */
export function resetClientState(queryClient: QueryClient, keep: readonly QueryKey[] = []): void {
  queryClient.removeQueries({ predicate: (query) => !keep.some((key) => partialMatchKey(query.queryKey, key)) });
  for (const reset of stores) reset();
}
