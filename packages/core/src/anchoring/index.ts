export { codePointLength, fromCodePointOffset, splitsSurrogatePair, toCodePointOffset } from "./code-points.ts";
export { contextScore } from "./candidate-score.ts";
export { MAX_QUOTE_ERROR_RATE } from "./fuzzy-anchor.ts";
export { QUOTE_CONTEXT_LENGTH, prefixBefore, suffixAfter } from "./quote-context.ts";
export { reanchor, type ReanchorMethod, type ReanchorResult } from "./reanchor.ts";
export {
  type AnnotationToPlace,
  type Placement,
  type PlacementCounts,
  type PlacementState,
  reanchorRevision,
} from "./reanchor-revision.ts";
export { resolveTarget, type ResolvedTarget, type TargetInput } from "./resolve-target.ts";
export { comparePoints, selectedSpan, type SpanQuote, spanQuote, textBetween, type TextPoint } from "./span-quote.ts";
export { TARGET_ERROR_CODES, targetError, type TargetError, type TargetErrorCode } from "./target-error.ts";
export type { TextBlock } from "./text-block.ts";
