import { z } from "zod";
import { ANNOTATION_KINDS } from "@verbatim/core";
import { Annotation, AnnotationKind } from "./annotations.ts";
import { UserRef } from "./auth.ts";
import { csvOf, Uuid } from "./common.ts";

/**
 * `authors` names the annotators to compare (two or more). With fewer than two the answer still lists the
 * candidates, with no paragraphs and null figures, so a client can offer the choice first. `kind` narrows the
 * groups shown and the overall figures to those kinds; the per-kind figures are always given.
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
 * `partial` (same kind, but the spans or main attributes differ), `disagreement` (different kinds on the
 * same words), `single` (only one of the annotators tagged it).
 */
export const COMPARE_OUTCOMES = ["match", "partial", "disagreement", "single"] as const;
export const CompareOutcome = z.enum(COMPARE_OUTCOMES);
export type CompareOutcome = z.infer<typeof CompareOutcome>;

export const CompareGroup = z.object({
  outcome: CompareOutcome,
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

/** Agreement over paragraph × kind units: every compared annotator codes each unit as tagged or not. */
export const AgreementFigures = z.object({
  /** Cohen's κ; only when exactly two annotators are compared, and null when the units show no variation. */
  kappa: z.number().nullable(),
  /** Krippendorff's α (nominal); null when the units show no variation. */
  alpha: z.number().nullable(),
  /** Paragraph × kind units counted. */
  units: z.number().int(),
  /** Units at least one annotator tagged. */
  taggedByAny: z.number().int(),
  /** Units on which every annotator gave the same value (all tagged it or none did). */
  unanimous: z.number().int(),
  annotators: z.number().int(),
});
export type AgreementFigures = z.infer<typeof AgreementFigures>;

export const Agreement = z.object({
  overall: AgreementFigures,
  byKind: z.object(
    Object.fromEntries(ANNOTATION_KINDS.map((kind) => [kind, AgreementFigures])) as Record<
      (typeof ANNOTATION_KINDS)[number],
      typeof AgreementFigures
    >,
  ),
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
