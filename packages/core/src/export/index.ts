export { BRIEF_LAYOUTS, type BriefLayout, type BriefOptions } from "./brief-options.ts";
export {
  CITATION_STYLES,
  type CitationStyle,
  citationOf,
  paragraphCitation,
  paragraphNumberOf,
  referenceOf,
  speakerOf,
} from "./citation.ts";
export { CSV_COLUMNS, csvRecord, csvSafeCell } from "./csv-columns.ts";
export { type CsvTableCell, csvTable } from "./csv-table.ts";
export { type AttributePair, describeAttributes } from "./describe-attributes.ts";
export { docxBrief } from "./docx-brief.ts";
export { escapeHtml } from "./escape-html.ts";
export { excerptDetails } from "./excerpt-details.ts";
export type { BriefMeta, ExcerptParagraphs, ExportItem, ExportReview, ExportWriter } from "./export-item.ts";
export { kindHeading } from "./kind-heading.ts";
export { htmlWriter } from "./html-writer.ts";
export { markdownWriter } from "./markdown-writer.ts";
export { paragraphLink } from "./paragraph-link.ts";
export { quoted } from "./quoted.ts";
export * from "./refi-qda/index.ts";
export { reviewSummary } from "./review-summary.ts";
export { delegationOf, statementLine } from "./statement-line.ts";
