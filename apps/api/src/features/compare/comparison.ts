import type { Agreement, AgreementFigures, Annotation, CompareOutcome, CompareParagraph } from "@verbatim/contract";
import type {
  AgreementFigures as CoreFigures,
  AgreementReport,
  CompareAnnotation,
  ComparisonStatus,
  ParagraphComparison,
} from "@verbatim/core";
import type { Paragraph } from "../../generated/prisma/client.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";

/** What compareAnnotations groups: the API's annotation object, carried along. */
export interface ComparedView extends CompareAnnotation {
  view: AnnotationWithReview;
}

const OUTCOME: Record<ComparisonStatus, CompareOutcome> = {
  match: "match",
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
    const groups = p.groups.map((g) => ({ outcome: OUTCOME[g.status], annotations: g.annotations.map((a) => present(a.view)) }));
    return [{ id: block.canonicalId, number: block.number, text: block.text, groups }];
  });
}

export function presentAgreement(report: AgreementReport): Agreement {
  const annotators = report.annotatorIds.length;
  const figures = (f: CoreFigures): AgreementFigures => ({
    kappa: f.kappa?.kappa ?? null,
    alpha: f.alpha.alpha,
    units: f.counts.units,
    taggedByAny: f.counts.taggedByAny,
    unanimous: f.counts.unanimous,
    annotators,
  });
  return {
    overall: figures(report.overall),
    byKind: {
      position: figures(report.byKind.position),
      commitment: figures(report.byKind.commitment),
      "cross-reference": figures(report.byKind["cross-reference"]),
    },
  };
}
