import { ANNOTATION_KINDS, type AnnotationKind } from "../model/taxonomy.ts";
import { comparePoints, compareSpans, sameSpan, type Span } from "./annotation-span.ts";
import { attributeKeysOf, attributeValue, type AttributeKey } from "./attribute-keys.ts";
import { compareText } from "./compare-text.ts";
import type { CompareAnnotation, ComparedAnnotation, ComparisonStatus } from "./compared-annotation.ts";
import { DisjointSets } from "./disjoint-sets.ts";
import { kindStretches } from "./kind-stretches.ts";
import { mainAttribute } from "./main-attribute.ts";

export interface RawGroup<A extends CompareAnnotation> {
  status: ComparisonStatus;
  kinds: AnnotationKind[];
  members: ComparedAnnotation<A>[];
  /** From the earliest start to the latest end of the members. */
  span: Span;
  spanAgrees: boolean;
  attributesAgree: boolean;
  /** In a group of one kind by two or more annotators, the attributes whose values differ among its tags. */
  differs: AttributeKey[];
  overlapsWith: string[];
}

/**
 * Groups annotations, given in byAnnotatorThenSpan order (which each group's members keep), with the
 * index pairs whose spans overlap. First, overlapping tags of one kind join into a stretch. Then stretches
 * that only one annotator tagged join such stretches of other annotators that they overlap: those are
 * disagreements about the kind.
 */
export function groupAnnotations<A extends CompareAnnotation>(
  items: readonly ComparedAnnotation<A>[],
  pairs: readonly [number, number][],
): RawGroup<A>[] {
  const at = (index: number) => items[index] as ComparedAnnotation<A>;
  const stretches = kindStretches(
    items.map((item) => item.annotation.kind),
    pairs,
  );
  const stretchOf = new Map<number, number>();
  stretches.forEach((members, stretch) => members.forEach((index) => stretchOf.set(index, stretch)));
  const lonely = stretches.map((members) => new Set(members.map((index) => at(index).annotator)).size === 1);

  const byGroup = new DisjointSets(stretches.length);
  for (const [i, j] of pairs) {
    const [a, b] = [stretchOf.get(i) ?? -1, stretchOf.get(j) ?? -1];
    if (a !== b && lonely[a] && lonely[b] && at(i).annotator !== at(j).annotator) byGroup.union(a, b);
  }
  const groups = byGroup.groups().map((parts) => parts.flatMap((stretch) => stretches[stretch] ?? []).sort((i, j) => i - j));
  const groupOf = new Map<number, number>();
  groups.forEach((members, group) => members.forEach((index) => groupOf.set(index, group)));

  const overlaps = groups.map(() => new Set<number>());
  for (const [i, j] of pairs) {
    const [a, b] = [groupOf.get(i) ?? -1, groupOf.get(j) ?? -1];
    if (a === b || at(i).annotator === at(j).annotator) continue;
    overlaps[a]?.add(j);
    overlaps[b]?.add(i);
  }
  return groups
    .map((members, group) => describe(members.map(at), [...(overlaps[group] ?? [])].map(at)))
    .sort((a, b) => compareSpans(a.span, b.span) || compareText(a.members[0]?.annotation.id ?? "", b.members[0]?.annotation.id ?? ""));
}

function describe<A extends CompareAnnotation>(members: ComparedAnnotation<A>[], overlapping: ComparedAnnotation<A>[]): RawGroup<A> {
  const [first, ...rest] = members as [ComparedAnnotation<A>, ...ComparedAnnotation<A>[]];
  const kinds = ANNOTATION_KINDS.filter((kind) => members.some((member) => member.annotation.kind === kind));
  const authors = new Set(members.map((member) => member.annotator)).size;
  const spanAgrees = rest.every((member) => sameSpan(member.span, first.span));
  const attribute = (member: ComparedAnnotation<A>) =>
    `${member.annotation.kind}\n${mainAttribute(member.annotation.kind, member.annotation.attributes)}`;
  const attributesAgree = rest.every((member) => attribute(member) === attribute(first));
  const differs =
    kinds.length === 1 && authors > 1
      ? attributeKeysOf(first.annotation.kind).filter(
          (key) => new Set(members.map((member) => attributeValue(key, member.annotation.attributes) ?? "")).size > 1,
        )
      : [];
  // One tag each on the same words: the annotators saw the same thing and read it differently ("attribute"),
  // which says more than "partial", kept for spans that differ or for one annotator's split of another's tag.
  const oneEachOnSameWords = spanAgrees && authors === members.length;
  const status: ComparisonStatus =
    kinds.length > 1 ? "disagreement" : authors === 1 ? "only" : oneEachOnSameWords ? (attributesAgree ? "match" : "attribute") : "partial";
  let start = first.span.start;
  let end = first.span.end;
  for (const { span } of rest) {
    if (comparePoints(span.start, start) < 0) start = span.start;
    if (comparePoints(span.end, end) > 0) end = span.end;
  }
  const overlapsWith = overlapping.sort((a, b) => compareSpans(a.span, b.span) || compareText(a.annotation.id, b.annotation.id));
  return {
    status,
    kinds,
    members,
    span: { start, end },
    spanAgrees,
    attributesAgree,
    differs,
    overlapsWith: overlapsWith.map((item) => item.annotation.id),
  };
}
