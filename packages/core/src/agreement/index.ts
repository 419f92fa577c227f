export {
  agreementReport,
  type AgreementCounts,
  type AgreementFigures,
  type AgreementReport,
  type AgreementReportError,
  type AgreementReportInput,
} from "./agreement-report.ts";
export { agreementUnits, type AgreementAnnotation, type AgreementInput, type AgreementUnit, type Tagged } from "./agreement-units.ts";
export { cohenKappa, type CohenKappaResult } from "./cohen-kappa.ts";
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
