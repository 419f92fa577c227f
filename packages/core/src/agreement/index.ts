export {
  agreementReport,
  type AgreementCounts,
  type AgreementFigures,
  type AgreementReport,
  type AgreementReportError,
  type AgreementReportInput,
  type ReportAnnotation,
} from "./agreement-report.ts";
export { agreementUnits, type AgreementAnnotation, type AgreementInput, type AgreementUnit, type Tagged } from "./agreement-units.ts";
export { attributeAgreement, type AttributeAnnotation, type AttributeCounts, type AttributeFigures } from "./attribute-agreement.ts";
export { ATTRIBUTE_KEYS, attributeKeysOf, attributeKind, attributeValue, type AttributeKey } from "./attribute-keys.ts";
export { codeAgreement, codeKey, type CodeFigures, type CodedAnnotation, type AgreementCode } from "./code-agreement.ts";
export { coefficients, type Coefficients } from "./coefficients.ts";
export { cohenKappa, type CohenKappaResult } from "./cohen-kappa.ts";
export { gwetAc1, type GwetAc1Result } from "./gwet-ac1.ts";
export {
  compareAnnotations,
  type AnnotationComparison,
  type CompareAnnotation,
  type CompareInput,
  type ComparisonGroup,
  type ComparisonStatus,
  type ParagraphComparison,
} from "./compare-annotations.ts";
export { krippendorffAlpha, type KrippendorffAlphaResult } from "./krippendorff-alpha.ts";
export { mainAttribute } from "./main-attribute.ts";
export { tagCounts, type TagCounts } from "./tag-counts.ts";
export type { MaybeValue, NominalValue } from "./nominal-value.ts";
export {
  availableDecisions,
  isReviewDecision,
  REVIEW_DECISIONS,
  transitionReview,
  type ReviewDecision,
  type ReviewEvent,
  type ReviewTransition,
  type ReviewTransitionError,
  type ReviewTransitionErrorCode,
} from "./review-transitions.ts";
export { corpusCodeAgreement, type CodedStatement, type CorpusCodeFigures } from "./corpus-code-agreement.ts";
