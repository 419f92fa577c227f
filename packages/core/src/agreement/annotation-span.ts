/** A place in a statement: a paragraph's position in reading order and an offset in its text. */
export interface SpanPoint {
  paragraph: number;
  offset: number;
}

export interface Span {
  start: SpanPoint;
  end: SpanPoint;
}

export interface SpanTarget {
  paragraphId: string;
  start: number;
  end: number;
  endParagraphId?: string | null | undefined;
}

/** The span in reading order, or null when a paragraph it names is not among the statement's. */
export function spanOf(target: SpanTarget, paragraphIndex: ReadonlyMap<string, number>): Span | null {
  const first = paragraphIndex.get(target.paragraphId);
  const last = paragraphIndex.get(target.endParagraphId ?? target.paragraphId);
  if (first === undefined || last === undefined) return null;
  return { start: { paragraph: first, offset: target.start }, end: { paragraph: last, offset: target.end } };
}

export const comparePoints = (a: SpanPoint, b: SpanPoint): number => a.paragraph - b.paragraph || a.offset - b.offset;

export const compareSpans = (a: Span, b: Span): number => comparePoints(a.start, b.start) || comparePoints(a.end, b.end);

/** Spans overlap when they share at least one character; touching ends do not count. */
export const spansOverlap = (a: Span, b: Span): boolean => comparePoints(a.start, b.end) < 0 && comparePoints(b.start, a.end) < 0;

export const sameSpan = (a: Span, b: Span): boolean => compareSpans(a, b) === 0;

/** Every pair (i < j) of overlapping spans, by a sweep in start order rather than comparing all pairs. */
export function overlappingPairs(spans: readonly Span[]): [number, number][] {
  const order = spans.map((_span, index) => index).sort((a, b) => compareSpans(spans[a] as Span, spans[b] as Span) || a - b);
  const pairs: [number, number][] = [];
  let open: number[] = [];
  for (const index of order) {
    const span = spans[index] as Span;
    open = open.filter((other) => comparePoints(span.start, (spans[other] as Span).end) < 0);
    for (const other of open) if (spansOverlap(span, spans[other] as Span)) pairs.push(other < index ? [other, index] : [index, other]);
    open.push(index);
  }
  return pairs;
}
