import type { CitationStyle } from "./citation.ts";

/**
 * `standard`: a title page with the filters as a table, each statement from a new page. `compact`: the filters as one
 * line under the title and statements running on, for a brief that is printed (24 excerpts from 5 statements: 6 pages
 * became 3; docs/screenshots/word-brief-compact.png).
 */
export const BRIEF_LAYOUTS = ["standard", "compact"] as const;
export type BriefLayout = (typeof BRIEF_LAYOUTS)[number];

/** How a brief is written; what is left out is as briefs were before the choice (standard, full citations). */
export interface BriefOptions {
  layout?: BriefLayout;
  citation?: CitationStyle;
}
