import type { Annotation } from "@verbatim/contract";

/** Each block's position in the statement's current revision, by canonical ID. */
export type BlockOrder = ReadonlyMap<string, number>;

export function blockOrderOf(blocks: readonly { id: string }[]): BlockOrder {
  return new Map(blocks.map((block, index) => [block.id, index]));
}

/**
 * Where a paragraph falls in reading order. A paragraph the current revision no longer has (an annotation
 * awaiting re-anchoring) sorts after every current one, by its canonical number.
 */
function rank(order: BlockOrder, paragraphId: string): number {
  const position = order.get(paragraphId);
  if (position !== undefined) return position;
  const n = Number.parseInt(paragraphId.slice(1), 10);
  return order.size + (Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER - order.size);
}

interface Keyed {
  annotation: Annotation;
  start: number;
  end: number;
}

/**
 * The annotations as they occur in the text: by the paragraph they start in, then start offset; ties by where
 * they end, then oldest first. Keys are computed once each, since the reader sorts up to 5,000 annotations.
 */
export function sortInReadingOrder(annotations: readonly Annotation[], order: BlockOrder): Annotation[] {
  const keyed: Keyed[] = annotations.map((annotation) => ({
    annotation,
    start: rank(order, annotation.target.paragraphId),
    end: rank(order, annotation.target.endParagraphId ?? annotation.target.paragraphId),
  }));
  keyed.sort(
    (a, b) =>
      a.start - b.start ||
      a.annotation.target.start - b.annotation.target.start ||
      a.end - b.end ||
      a.annotation.target.end - b.annotation.target.end ||
      compareText(a.annotation.createdAt, b.annotation.createdAt) ||
      compareText(a.annotation.id, b.annotation.id),
  );
  return keyed.map((k) => k.annotation);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
