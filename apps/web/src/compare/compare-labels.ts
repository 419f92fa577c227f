import type { CompareOutcome } from "@verbatim/contract";

/** Each outcome in words, so that no one needs the row's colour to tell them apart. */
export const OUTCOME_LABELS: Record<CompareOutcome, string> = {
  match: "Match",
  partial: "Partial overlap",
  disagreement: "Disagreement",
  single: "Only one annotator",
};
