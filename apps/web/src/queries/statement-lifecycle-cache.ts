import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { queryKeys } from "./query-keys.ts";

/** The key roots that hold one statement's own data (its text and revisions, annotations, comments, comparisons). */
const OWN_ROOTS = new Set(["statement", "annotations", "comments", "compare"]);
const isOwn = (key: QueryKey, slug: string) => OWN_ROOTS.has(String(key[0])) && key[1] === slug;

/**
 * After a statement was deleted or restored. Every list that shows statements or what is on them (the library,
 * the review queue, the inbox, activity, assignments, export counts) is stale and the ones on screen load again;
 * the statement's own entries load again only when next shown, so a reader that is closing does not ask for a
 * statement that is gone.
 */
export function afterStatementDeletedOrRestored(queryClient: QueryClient, slug: string): void {
  void queryClient.invalidateQueries({ predicate: (q) => isOwn(q.queryKey, slug), refetchType: "none" });
  void queryClient.invalidateQueries({ predicate: (q) => !isOwn(q.queryKey, slug) && q.queryKey[0] !== queryKeys.me[0] });
}
