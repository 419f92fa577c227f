import { ANNOTATION_KINDS, type AnnotationKind } from "../model/taxonomy.ts";
import { err, ok, type Result } from "../model/result.ts";
import type { SpanTarget } from "./annotation-span.ts";
import { agreementUnits, type AgreementAnnotation, type AgreementInput, type AgreementUnit } from "./agreement-units.ts";
import { attributeAgreement, type AttributeFigures } from "./attribute-agreement.ts";
import type { AttributeKey } from "./attribute-keys.ts";
import { codeAgreement, type CodeFigures, type AgreementCode } from "./code-agreement.ts";
import { coefficients, type Coefficients } from "./coefficients.ts";
import { tagCounts, type TagCounts } from "./tag-counts.ts";

/** Over paragraph × kind units. */
export interface AgreementCounts extends TagCounts {
  /** How many units each annotator tagged, in annotatorIds order. */
  perAnnotator: { annotatorId: string; tagged: number }[];
}

/** κ (two annotators only), α and AC1 over paragraph × kind units, with what they count. */
export interface AgreementFigures extends Coefficients {
  counts: AgreementCounts;
}

export interface AgreementReport {
  annotatorIds: string[];
  /** Over every paragraph × kind unit of the statement. */
  overall: AgreementFigures;
  /** Over the units of one kind: the statement's paragraphs, tagged with that kind or not. */
  byKind: Record<AnnotationKind, AgreementFigures>;
  /** Over the stretches of each attribute's kind, on the value each annotator gave it (see attributeAgreement). */
  byAttribute: Record<AttributeKey, AttributeFigures>;
  /** Over paragraph × code units, for every code a compared annotator used, most used first (see codeAgreement). */
  byCode: CodeFigures[];
}

/** An annotation as the report reads it; without a target it counts in no attribute, without codes in no code. */
export interface ReportAnnotation extends AgreementAnnotation {
  target?: SpanTarget;
  attributes?: Readonly<Record<string, unknown>>;
  /** Its topics and labels. */
  codes?: readonly AgreementCode[];
}

export interface AgreementReportInput extends AgreementInput {
  annotations: readonly ReportAnnotation[];
  /** The kinds the overall figures cover (all by default); per-kind, per-attribute and per-code figures cover every kind. */
  kinds?: readonly AnnotationKind[];
  /** Every block in reading order, headings too, to place spans for per-attribute units; paragraphIds by default. */
  blockIds?: readonly string[];
}

export interface AgreementReportError {
  code: "too_few_annotators";
  message: string;
}

/**
 * Agreement between annotators on one statement: Krippendorff's α (nominal) and Gwet's AC1 for any number of
 * annotators, and Cohen's κ too when there are exactly two. Overall and per kind over paragraph × kind units
 * (see agreementUnits); overall α is computed over all units together (of the kinds asked for), not averaged
 * over kinds. Per attribute over what annotators said about the words they both tagged, and per code over
 * paragraph × code units.
 */
export function agreementReport(input: AgreementReportInput): Result<AgreementReport, AgreementReportError> {
  const annotatorIds = [...new Set(input.annotatorIds)];
  if (annotatorIds.length < 2) return err({ code: "too_few_annotators", message: "agreement needs at least two annotators" });
  const units = agreementUnits({ ...input, annotatorIds });
  const byKind = Object.fromEntries(
    ANNOTATION_KINDS.map((kind) => [
      kind,
      figures(
        annotatorIds,
        units.filter((unit) => unit.kind === kind),
      ),
    ]),
  ) as Record<AnnotationKind, AgreementFigures>;
  const kinds = new Set(input.kinds ?? ANNOTATION_KINDS);
  const overall = figures(
    annotatorIds,
    units.filter((unit) => kinds.has(unit.kind)),
  );
  const placed = input.annotations.flatMap(({ authorId, kind, target, attributes }) =>
    target ? [{ authorId, kind, target, attributes: attributes ?? {} }] : [],
  );
  const byAttribute = attributeAgreement(input.blockIds ?? input.paragraphIds, annotatorIds, placed);
  const coded = input.annotations.map(({ authorId, paragraphIds, codes }) => ({ authorId, paragraphIds, codes: codes ?? [] }));
  const byCode = codeAgreement([...new Set(input.paragraphIds)], annotatorIds, coded);
  return ok({ annotatorIds, overall, byKind, byAttribute, byCode });
}

function figures(annotatorIds: readonly string[], units: readonly AgreementUnit[]): AgreementFigures {
  return {
    ...coefficients(
      annotatorIds.length,
      units.map((unit) => unit.values),
    ),
    counts: counts(annotatorIds, units),
  };
}

function counts(annotatorIds: readonly string[], units: readonly AgreementUnit[]): AgreementCounts {
  const perAnnotator = annotatorIds.map((annotatorId, index) => ({
    annotatorId,
    tagged: units.filter((unit) => unit.values[index] === 1).length,
  }));
  return { ...tagCounts(units.map((unit) => unit.values)), perAnnotator };
}
