import type { Annotation } from "@verbatim/contract";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { statementQuery } from "../queries/use-statement.ts";
import { annotationsAsOfQuery, annotationsQuery } from "./annotation-query.ts";
import { type BlockOrder, blockOrderOf, sortInReadingOrder } from "./reading-order.ts";

/** The order of the statement's blocks: given as a map, or as the statement (anything with its paragraphs). */
export type ReadingOrderSource = BlockOrder | { paragraphs: readonly { id: string }[] };

const EMPTY_ORDER: BlockOrder = new Map();

/**
 * All of a statement's annotations, in reading order. The cache holds them as the server sent them; sorting is
 * a `select`, so optimistic changes only add, replace or remove. Without `order`, the statement is read from
 * the same cache entry as useStatement(slug). Pass a stable value (the statement from its query, or a memoised
 * map): a new one each render would sort again each render. With `asOfRevision`, the annotations as they stood on
 * that older revision's text.
 */
export function useAnnotations(slug: string, order?: ReadingOrderSource, asOfRevision?: number) {
  const statementOrder = useQuery({
    ...statementQuery(slug),
    select: (statement) => statement.paragraphs,
    enabled: order === undefined,
  });
  const blocks = order === undefined ? statementOrder.data : undefined;
  const blockOrder = useMemo(() => {
    if (order === undefined) return blocks ? blockOrderOf(blocks) : EMPTY_ORDER;
    return "paragraphs" in order ? blockOrderOf(order.paragraphs) : order;
  }, [order, blocks]);
  const select = useCallback((list: Annotation[]) => sortInReadingOrder(list, blockOrder), [blockOrder]);

  const older = asOfRevision !== undefined;
  const current = useQuery({ ...annotationsQuery(slug), select, enabled: !older });
  const asOf = useQuery({ ...annotationsAsOfQuery(slug, asOfRevision ?? 1), select, enabled: older });
  return older ? asOf : current;
}
