export { sentenceBounds, sentenceRanges, type TextRange } from "./sentence-bounds.ts";
