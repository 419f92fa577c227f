import type { AnnotationKind } from "../model/taxonomy.ts";
import { compareSpans, type Span, type SpanTarget } from "./annotation-span.ts";
import { compareText } from "./compare-text.ts";

/** What the compare view needs of an annotation; the caller's own objects come back in the groups. */
export interface CompareAnnotation extends SpanTarget {
  id: string;
  authorId: string;
  kind: AnnotationKind;
  attributes: Readonly<Record<string, unknown>>;
}

export type ComparisonStatus = "match" | "partial" | "attribute" | "disagreement" | "only";

export interface ComparedAnnotation<A extends CompareAnnotation> {
  annotation: A;
  span: Span;
  /** The author's position among the annotators compared. */
  annotator: number;
}

export const byAnnotatorThenSpan = <A extends CompareAnnotation>(a: ComparedAnnotation<A>, b: ComparedAnnotation<A>): number =>
  a.annotator - b.annotator || compareSpans(a.span, b.span) || compareText(a.annotation.id, b.annotation.id);
