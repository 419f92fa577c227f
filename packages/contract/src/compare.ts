import { z } from "zod";
import { ANNOTATION_KINDS, ATTRIBUTE_KEYS, CODE_TYPES } from "@verbatim/core";
import { Annotation, AnnotationKind } from "./annotations.ts";
import { UserRef } from "./auth.ts";
import { csvOf, Uuid } from "./common.ts";

/**
 * `authors` names the annotators to compare (two or more). With fewer than two the answer still lists the
 * candidates, with no paragraphs and null figures, so a client can offer the choice first. `kind` narrows the
 * groups shown and the overall figures to those kinds; the per-kind, per-attribute and per-code
 * figures are always given.
 */
export const CompareQuery = z.strictObject({
  authors: csvOf(Uuid)
    .refine((ids) => ids.length <= 20, "at most 20 annotators")
    .optional(),
  kind: csvOf(AnnotationKind).optional(),
});
export type CompareQuery = z.infer<typeof CompareQuery>;

/**
 * How the annotators' tags on the same words relate: `match` (same kind, span and main attribute),
 * `attribute` (same kind and span, one tag each, but a different stance, strength, relation or target),
 * `partial` (same kind, but the spans differ, or one annotator tagged it more than once), `disagreement`
 * (different kinds on the same words), `single` (only one of the annotators tagged it).
 */
export const COMPARE_OUTCOMES = ["match", "attribute", "partial", "disagreement", "single"] as const;
export const CompareOutcome = z.enum(COMPARE_OUTCOMES);
export type CompareOutcome = z.infer<typeof CompareOutcome>;

/** An attribute agreement counts on its own: `<kind>.<attribute>`. */
export const AttributeKey = z.enum(ATTRIBUTE_KEYS);
export type AttributeKey = z.infer<typeof AttributeKey>;

export const CompareGroup = z.object({
  outcome: CompareOutcome,
  /** The attributes whose values differ among the group's tags: set for `attribute`, and for `partial` when they also differ. */
  differs: z.array(AttributeKey),
  /** By annotator (in the order chosen), then in reading order. */
  annotations: z.array(Annotation),
});
export type CompareGroup = z.infer<typeof CompareGroup>;

export const CompareParagraph = z.object({
  /** The canonical ID (p7), for deep links. */
  id: z.string(),
  /** The display number (¶7) in the current revision; null for headings. */
  number: z.number().int().nullable(),
  text: z.string(),
  groups: z.array(CompareGroup),
});
export type CompareParagraph = z.infer<typeof CompareParagraph>;

const coefficients = {
  /** Cohen's κ; only when exactly two annotators are compared, and null when the units show no variation. */
  kappa: z.number().nullable(),
  /** Krippendorff's α (nominal); null when the units show no variation. */
  alpha: z.number().nullable(),
  /**
   * Gwet's AC1; null when the units show no variation. Unlike κ and α it stays near the share of agreement when
   * one value dominates (most paragraphs untagged by everyone, nearly every stance "supports"), where κ and α
   * can fall to 0 or below although the annotators agree (the kappa paradox).
   */
  ac1: z.number().nullable(),
};

/** Agreement over paragraph × kind (or paragraph × code) units: every compared annotator codes each unit as tagged or not. */
export const AgreementFigures = z.object({
  ...coefficients,
  /** Paragraph × kind units counted. */
  units: z.number().int(),
  /** Units at least one annotator tagged. */
  taggedByAny: z.number().int(),
  /** Units on which every annotator gave the same value (all tagged it or none did). */
  unanimous: z.number().int(),
  annotators: z.number().int(),
});
export type AgreementFigures = z.infer<typeof AgreementFigures>;

/**
 * Agreement on one attribute. A unit is a stretch of overlapping tags of the attribute's kind; each annotator's
 * value is the attribute of their tag there, or missing when they have none there. κ counts the units both
 * annotators tagged, α and AC1 those tagged by two or more.
 */
export const AttributeFigures = z.object({
  ...coefficients,
  /** Stretches of the kind that a compared annotator tagged. */
  units: z.number().int(),
  /** Units every annotator tagged. */
  ratedByAll: z.number().int(),
  /** Units every annotator tagged with the same value. */
  unanimous: z.number().int(),
  annotators: z.number().int(),
});
export type AttributeFigures = z.infer<typeof AttributeFigures>;

/** Agreement on one code over paragraph × code units: an annotator tagged the unit if any of their tags touching the paragraph has the code. */
export const CodeAgreement = z.object({
  code: z.object({ type: z.enum(CODE_TYPES), name: z.string() }),
  figures: AgreementFigures,
});
export type CodeAgreement = z.infer<typeof CodeAgreement>;

export const Agreement = z.object({
  overall: AgreementFigures,
  byKind: z.object(
    Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, AgreementFigures])) as Record<
      (typeof ANNOTATION_KINDS)[number],
      typeof AgreementFigures
    >,
  ),
  /** What annotators said about the words they tagged: a position's stance, a commitment's strength, a cross-reference's relation and target. */
  byAttribute: z.object(
    Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, AttributeFigures])) as Record<
      (typeof ATTRIBUTE_KEYS)[number],
      typeof AttributeFigures
    >,
  ),
  /** Every topic and label a compared annotator used, most often tagged first (units tagged by anyone), then by type and name. */
  byCode: z.array(CodeAgreement),
});
export type Agreement = z.infer<typeof Agreement>;

export const CompareCandidate = UserRef.extend({ count: z.number().int() });

export const Comparison = z.object({
  statement: z.object({ id: Uuid, slug: z.string(), title: z.string() }),
  /** Everyone with live annotations on the statement, most annotations first. */
  candidates: z.array(CompareCandidate),
  /** The annotators compared, in the order asked for (only those with annotations on the statement). */
  annotators: z.array(UserRef),
  /** Only paragraphs (and headings) with at least one group, in reading order. */
  paragraphs: z.array(CompareParagraph),
  /** Annotations of the compared annotators whose paragraphs are not in the current revision. */
  unplaced: z.array(Annotation),
  /** Null unless at least two annotators are compared. */
  agreement: Agreement.nullable(),
});
export type Comparison = z.infer<typeof Comparison>;

const Version = z.number().int().min(1);
/** Accept one annotation and reject the other versions named, in one transaction. */
export const AdoptVersionRequest = z
  .strictObject({
    annotationId: Uuid,
    version: Version,
    reject: z.array(z.strictObject({ id: Uuid, version: Version })).max(50),
  })
  .refine((b) => new Set([b.annotationId, ...b.reject.map((r) => r.id)]).size === b.reject.length + 1, {
    message: "each annotation may be named once",
    path: ["reject"],
  });
export type AdoptVersionRequest = z.infer<typeof AdoptVersionRequest>;

export const AdoptVersionResponse = z.object({ accepted: Annotation, rejected: z.array(Annotation) });
export type AdoptVersionResponse = z.infer<typeof AdoptVersionResponse>;
