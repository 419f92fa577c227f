import type { Agreement, AgreementFigures, Annotation, AttributeFigures, CompareOutcome, CompareParagraph } from "@verbatim/contract";
import {
  ATTRIBUTE_KEYS,
  type AgreementReport,
  type AttributeFigures as CoreAttributeFigures,
  type Coefficients,
  type CompareAnnotation,
  type ComparisonStatus,
  type ParagraphComparison,
  type TagCounts,
} from "@verbatim/core";
import type { Paragraph } from "../../generated/prisma/client.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";

/** What compareAnnotations groups: the API's annotation object, carried along. */
export interface ComparedView extends CompareAnnotation {
  view: AnnotationWithReview;
}

const OUTCOME: Record<ComparisonStatus, CompareOutcome> = {
  match: "match",
  attribute: "attribute",
  partial: "partial",
  disagreement: "disagreement",
  only: "single",
};

/** Only the blocks with something to compare, with their display number and text. */
export function presentComparisonParagraphs(
  blocks: Paragraph[],
  paragraphs: ParagraphComparison<ComparedView>[],
  present: (a: AnnotationWithReview) => Annotation,
): CompareParagraph[] {
  const byId = new Map(blocks.map((b) => [b.canonicalId, b]));
  return paragraphs.flatMap((p) => {
    const block = byId.get(p.paragraphId);
    if (!block || p.groups.length === 0) return [];
    const groups = p.groups.map((g) => ({
      outcome: OUTCOME[g.status],
      differs: g.differs,
      annotations: g.annotations.map((a) => present(a.view)),
    }));
    return [{ id: block.canonicalId, number: block.number, text: block.text, groups }];
  });
}

const values = (f: Coefficients) => ({ kappa: f.kappa?.kappa ?? null, alpha: f.alpha.alpha, ac1: f.ac1.ac1 });

export function presentAgreement(report: AgreementReport): Agreement {
  const annotators = report.annotatorIds.length;
  const figures = (f: Coefficients & { counts: TagCounts }): AgreementFigures => ({
    ...values(f),
    units: f.counts.units,
    taggedByAny: f.counts.taggedByAny,
    unanimous: f.counts.unanimous,
    annotators,
  });
  const attribute = (f: CoreAttributeFigures): AttributeFigures => ({ ...values(f), ...f.counts, annotators });
  return {
    overall: figures(report.overall),
    byKind: {
      position: figures(report.byKind.position),
      commitment: figures(report.byKind.commitment),
      "cross-reference": figures(report.byKind["cross-reference"]),
    },
    byAttribute: Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, attribute(report.byAttribute[key])])) as Agreement["byAttribute"],
    byCode: report.byCode.map((f) => ({ code: f.code, figures: figures(f) })),
  };
}
