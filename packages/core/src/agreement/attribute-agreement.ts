import type { AnnotationKind } from "../model/taxonomy.ts";
import { overlappingPairs, spanOf, type Span, type SpanTarget } from "./annotation-span.ts";
import { ATTRIBUTE_KEYS, attributeKind, attributeValue, type AttributeKey } from "./attribute-keys.ts";
import { coefficients, type Coefficients } from "./coefficients.ts";
import { compareText } from "./compare-text.ts";
import { kindStretches } from "./kind-stretches.ts";

/** What per-attribute agreement needs of an annotation. */
export interface AttributeAnnotation {
  authorId: string;
  kind: AnnotationKind;
  target: SpanTarget;
  attributes: Readonly<Record<string, unknown>>;
}

export interface AttributeCounts {
  /** Stretches of the attribute's kind that a compared annotator tagged: one unit each. */
  units: number;
  /** Units every annotator tagged: the ones κ is computed over. */
  ratedByAll: number;
  /** Units every annotator tagged with the same value. */
  unanimous: number;
}

export interface AttributeFigures extends Coefficients {
  counts: AttributeCounts;
}

/**
 * Agreement on each attribute (ATTRIBUTE_KEYS). A unit is a stretch of overlapping tags of the attribute's
 * kind (kindStretches, the groups the compare view starts from); each annotator's value is the attribute of
 * their tag there, or missing when they have no tag of that kind there. So two annotators who tagged the
 * same words as a position, one "urges" and one "supports", disagree on position.stance, while their
 * paragraph × kind units agree. An annotator with several tags in one stretch that say different things
 * gets their values joined, in order, as one category ("supports + urges"): it agrees with neither reading.
 *
 * Missing values are left out, not counted as a category: κ uses the units both annotators rated, α the
 * units rated at least twice, AC1 the same for p_a (a unit tagged by one annotator only counts in AC1's π).
 * Whether an annotator tagged the words at all is what the paragraph × kind figures measure.
 *
 * `blockIds` are every block in reading order (headings too), to place spans; annotations elsewhere are left out.
 */
export function attributeAgreement(
  blockIds: readonly string[],
  annotatorIds: readonly string[],
  annotations: readonly AttributeAnnotation[],
): Record<AttributeKey, AttributeFigures> {
  const blockIndex = new Map(blockIds.map((id, index) => [id, index]));
  const column = new Map(annotatorIds.map((id, index) => [id, index]));
  const placed: { annotation: AttributeAnnotation; annotator: number; span: Span }[] = [];
  for (const annotation of annotations) {
    const annotator = column.get(annotation.authorId);
    const span = spanOf(annotation.target, blockIndex);
    if (annotator !== undefined && span) placed.push({ annotation, annotator, span });
  }
  const stretches = kindStretches(
    placed.map((item) => item.annotation.kind),
    overlappingPairs(placed.map((item) => item.span)),
  ).map((members) => members.map((index) => placed[index] as (typeof placed)[number]));

  const figures = (key: AttributeKey): AttributeFigures => {
    const units = stretches
      .filter((members) => members[0]?.annotation.kind === attributeKind(key))
      .map((members) =>
        annotatorIds.map((_id, annotator) => {
          const values = members.flatMap((m) => (m.annotator === annotator ? [attributeValue(key, m.annotation.attributes) ?? ""] : []));
          return values.length === 0 ? null : [...new Set(values)].sort(compareText).join(" + ");
        }),
      );
    const ratedByAll = units.filter((values) => values.every((value) => value !== null));
    const unanimous = ratedByAll.filter((values) => values.every((value) => value === values[0])).length;
    return {
      ...coefficients(annotatorIds.length, units),
      counts: { units: units.length, ratedByAll: ratedByAll.length, unanimous },
    };
  };
  return Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, figures(key)])) as Record<AttributeKey, AttributeFigures>;
}
