import type { AnalysisDimension } from "@verbatim/contract";

export interface AnalysisPreset {
  name: string;
  rows: AnalysisDimension;
  cols: AnalysisDimension;
  breakdown: AnalysisDimension;
}

/** The examples of who said what, one click each (the filters stay as they are). */
export const ANALYSIS_PRESETS: readonly AnalysisPreset[] = [
  { name: "Delegation × topic (stance mix)", rows: "delegation", cols: "topic", breakdown: "stance" },
  { name: "Delegation × instrument cited", rows: "delegation", cols: "instrument", breakdown: "stance" },
  { name: "Topic × year", rows: "topic", cols: "year", breakdown: "stance" },
  { name: "Label × label co-occurrence", rows: "label", cols: "label", breakdown: "kind" },
];
