import { ANNOTATION_KINDS, type AnnotationKind } from "../model/taxonomy.ts";
import { err, ok, type Result } from "../model/result.ts";
import { agreementUnits, type AgreementInput, type AgreementUnit } from "./agreement-units.ts";
import { cohenKappa, type CohenKappaResult } from "./cohen-kappa.ts";
import { krippendorffAlpha, type KrippendorffAlphaResult } from "./krippendorff-alpha.ts";

export interface AgreementCounts {
  /** Paragraph × kind units: every one is coded by every annotator. */
  units: number;
  /** Units that at least one annotator tagged. */
  taggedByAny: number;
  /** Units that every annotator tagged. */
  taggedByAll: number;
  /** Units where all annotators gave the same value, tagged or not. */
  unanimous: number;
  /** How many units each annotator tagged, in annotatorIds order. */
  perAnnotator: { annotatorId: string; tagged: number }[];
}

export interface AgreementFigures {
  /** Cohen's κ when exactly two annotators are compared, else null. */
  kappa: CohenKappaResult | null;
  alpha: KrippendorffAlphaResult;
  counts: AgreementCounts;
}

export interface AgreementReport {
  annotatorIds: string[];
  /** Over every paragraph × kind unit of the statement. */
  overall: AgreementFigures;
  /** Over the units of one kind: the statement's paragraphs, tagged with that kind or not. */
  byKind: Record<AnnotationKind, AgreementFigures>;
}

export interface AgreementReportInput extends AgreementInput {
  /** The kinds the overall figures cover (all by default); per-kind figures are given for every kind. */
  kinds?: readonly AnnotationKind[];
}

export interface AgreementReportError {
  code: "too_few_annotators";
  message: string;
}

/**
 * Agreement between annotators on one statement, overall and per kind: Krippendorff's α (nominal) for
 * any number of annotators, and Cohen's κ too when there are exactly two, both over paragraph × kind
 * units (see agreementUnits). Overall α is computed over all units together (of the kinds asked for), not
 * averaged over kinds.
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
  return ok({ annotatorIds, overall, byKind });
}

function figures(annotatorIds: readonly string[], units: readonly AgreementUnit[]): AgreementFigures {
  const values = units.map((unit) => unit.values);
  const pairs = annotatorIds.length === 2 ? values.map(([a, b]) => [a, b] as const) : null;
  return { kappa: pairs && cohenKappa(pairs), alpha: krippendorffAlpha(values), counts: counts(annotatorIds, units) };
}

function counts(annotatorIds: readonly string[], units: readonly AgreementUnit[]): AgreementCounts {
  const perAnnotator = annotatorIds.map((annotatorId) => ({ annotatorId, tagged: 0 }));
  let taggedByAny = 0;
  let taggedByAll = 0;
  let unanimous = 0;
  for (const { values } of units) {
    const tagged = values.filter((value) => value === 1).length;
    if (tagged > 0) taggedByAny += 1;
    if (tagged === values.length) taggedByAll += 1;
    if (tagged === 0 || tagged === values.length) unanimous += 1;
    values.forEach((value, index) => {
      const entry = perAnnotator[index];
      if (entry && value === 1) entry.tagged += 1;
    });
  }
  return { units: units.length, taggedByAny, taggedByAll, unanimous, perAnnotator };
}
