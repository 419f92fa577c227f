import type { AnnotationKind } from "../model/taxonomy.ts";
import { overlappingPairs, spanOf } from "./annotation-span.ts";
import type { AttributeKey } from "./attribute-keys.ts";
import { groupAnnotations, type RawGroup } from "./compare-groups.ts";
import { compareText } from "./compare-text.ts";
import { byAnnotatorThenSpan, type CompareAnnotation, type ComparedAnnotation, type ComparisonStatus } from "./compared-annotation.ts";

export type { CompareAnnotation, ComparisonStatus } from "./compared-annotation.ts";

export interface CompareInput<A extends CompareAnnotation> {
  /** The statement's paragraph IDs in reading order. */
  paragraphIds: readonly string[];
  /** The annotators compared; annotations by anyone else are left out. */
  annotatorIds: readonly string[];
  annotations: readonly A[];
}

export interface ComparisonGroup<A extends CompareAnnotation> {
  status: ComparisonStatus;
  /** The kinds in the group: one, except in a disagreement. */
  kinds: AnnotationKind[];
  /** By annotator (in annotatorIds order), then in reading order. */
  annotations: A[];
  authorIds: string[];
  /** Annotators compared who have nothing in the group. */
  missingAuthorIds: string[];
  /** Every annotation in the group covers exactly the same span. */
  spanAgrees: boolean;
  /** Every annotation in the group has the same kind and main attribute (see mainAttribute). */
  attributesAgree: boolean;
  /** Attributes whose values differ among the group's tags (one kind, two or more annotators): see ATTRIBUTE_KEYS. */
  differs: AttributeKey[];
  /** IDs of annotations in other groups, by other annotators, that overlap this group's: a tag of another kind on the same words. */
  overlapsWith: string[];
}

export interface ParagraphComparison<A extends CompareAnnotation> {
  paragraphId: string;
  /** In reading order of where each group starts. */
  groups: ComparisonGroup<A>[];
}

export interface AnnotationComparison<A extends CompareAnnotation> {
  /** Every paragraph, in reading order; a group sits in the paragraph where its first annotation starts. */
  paragraphs: ParagraphComparison<A>[];
  counts: Record<ComparisonStatus, number>;
  /** Annotations by the annotators compared whose paragraphs are not among the statement's (orphans). */
  unplaced: A[];
}

/**
 * Lines annotators' tags up for the compare view. A group is a stretch of overlapping tags of one kind:
 *  - `match`: two or more annotators, each with one tag, all on the same span with the same main attribute;
 *  - `attribute`: two or more annotators, one tag each on the same span, but the main attributes differ
 *    (`differs` names which: a stance, a strength, a relation or a target);
 *  - `partial`: two or more annotators, but the spans differ or one of them tagged it more than once (`differs`
 *    still names the attributes that differ);
 *  - `disagreement`: tags of different kinds on overlapping spans, by different annotators, where none of
 *    them has a counterpart of its own kind: the annotators read the same words as different things;
 *  - `only`: one annotator tagged it and nobody else tagged anything there that is not already matched.
 * A tag that overlaps another kind's group that is itself matched (a cross-reference inside two matching
 * positions) is `only`, with `overlapsWith` naming the tags it overlaps. The result does not depend on the
 * order of the input.
 */
export function compareAnnotations<A extends CompareAnnotation>(input: CompareInput<A>): AnnotationComparison<A> {
  const paragraphIds = [...new Set(input.paragraphIds)];
  const annotatorIds = [...new Set(input.annotatorIds)];
  const paragraphIndex = new Map(paragraphIds.map((id, index) => [id, index]));
  const annotatorIndex = new Map(annotatorIds.map((id, index) => [id, index]));
  const placed: ComparedAnnotation<A>[] = [];
  const unplaced: A[] = [];
  for (const annotation of input.annotations) {
    const annotator = annotatorIndex.get(annotation.authorId);
    if (annotator === undefined) continue;
    const span = spanOf(annotation, paragraphIndex);
    if (span) placed.push({ annotation, span, annotator });
    else unplaced.push(annotation);
  }
  placed.sort(byAnnotatorThenSpan);
  unplaced.sort((a, b) => compareText(a.id, b.id));

  const pairs = overlappingPairs(placed.map((item) => item.span));
  const groups = groupAnnotations(placed, pairs);
  const paragraphs = paragraphIds.map((paragraphId): ParagraphComparison<A> => ({ paragraphId, groups: [] }));
  const counts: Record<ComparisonStatus, number> = { match: 0, partial: 0, attribute: 0, disagreement: 0, only: 0 };
  for (const group of groups) {
    paragraphs[group.span.start.paragraph]?.groups.push(present(group, annotatorIds));
    counts[group.status] += 1;
  }
  return { paragraphs, counts, unplaced };
}

function present<A extends CompareAnnotation>(group: RawGroup<A>, annotatorIds: readonly string[]): ComparisonGroup<A> {
  const authors = new Set(group.members.map((member) => member.annotation.authorId));
  return {
    status: group.status,
    kinds: group.kinds,
    annotations: group.members.map((member) => member.annotation),
    authorIds: annotatorIds.filter((id) => authors.has(id)),
    missingAuthorIds: annotatorIds.filter((id) => !authors.has(id)),
    spanAgrees: group.spanAgrees,
    attributesAgree: group.attributesAgree,
    differs: group.differs,
    overlapsWith: group.overlapsWith,
  };
}
