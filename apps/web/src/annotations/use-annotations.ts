import { type Annotation, endpoints } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { fetchAllAnnotations } from "./fetch-all-annotations.ts";
import { type BlockOrder, blockOrderOf, sortInReadingOrder } from "./reading-order.ts";

/** The order of the statement's blocks: given as a map, or as the statement (anything with its paragraphs). */
export type ReadingOrderSource = BlockOrder | { paragraphs: readonly { id: string }[] };

const EMPTY_ORDER: BlockOrder = new Map();

/**
 * All of a statement's annotations, in reading order. The cache holds them as the server sent them; sorting is
 * a `select`, so optimistic changes only add, replace or remove. Without `order`, the statement is read from
 * the same cache entry as useStatement(slug). Pass a stable value (the statement from its query, or a memoised
 * map): a new one each render would sort again each render.
 */
export function useAnnotations(slug: string, order?: ReadingOrderSource) {
  const statementOrder = useQuery({
    queryKey: queryKeys.statement(slug),
    queryFn: ({ signal }) => apiFetch(endpoints.getStatement, { params: { idOrSlug: slug }, signal }),
    select: (data) => data.statement.paragraphs,
    enabled: order === undefined,
  });
  const blocks = order === undefined ? statementOrder.data : undefined;
  const blockOrder = useMemo(() => {
    if (order === undefined) return blocks ? blockOrderOf(blocks) : EMPTY_ORDER;
    return "paragraphs" in order ? blockOrderOf(order.paragraphs) : order;
  }, [order, blocks]);
  const select = useCallback((list: Annotation[]) => sortInReadingOrder(list, blockOrder), [blockOrder]);

  return useQuery({
    queryKey: queryKeys.annotations(slug),
    queryFn: ({ signal }) => fetchAllAnnotations(slug, signal),
    select,
    // Structural sharing would deep-compare 5,000 annotations on every change, and copy those that moved in the
    // sorted list (breaking the identity the panel's items are memoised on). The cache updates in
    // annotation-cache.ts already keep every unchanged annotation's identity.
    structuralSharing: false,
    // Changes by others arrive as events; a remount of the panel should not reload 5,000 annotations.
    staleTime: 60_000,
  });
}
