import type { AnnotationView } from "../model/annotation.ts";
import type { StatementRef } from "../model/statement-ref.ts";
import type { ReviewStatus } from "../model/taxonomy.ts";
import type { SuggestionProvenance } from "../suggestions/provenance.ts";

/** The latest review of an annotation: who decided its status, when, and why. */
export interface ExportReview {
  status: Exclude<ReviewStatus, "proposed">;
  reviewer: string;
  /** ISO date-time. */
  at: string;
  comment: string | null;
}

/** Display numbers (¶) of the paragraphs an annotation spans. */
export interface ExcerptParagraphs {
  /**
   * ¶ of the start paragraph in the revision the annotation was made on (in the one it is anchored in when that
   * revision had no such paragraph: its words moved into a new one); null if that block has no number.
   */
  number: number | null;
  /** ¶ of the end paragraph when the span crosses paragraphs. */
  endNumber?: number | null;
  /** ¶ of the start paragraph in the statement's current revision; null when the paragraph is gone. */
  currentNumber: number | null;
}

/** One selected annotation with everything an export needs to cite it. */
export interface ExportItem {
  /** With where it came from, which the CSV export writes (absent reads as drawn by hand). */
  annotation: AnnotationView & { provenance?: SuggestionProvenance | undefined };
  statement: StatementRef;
  paragraphs: ExcerptParagraphs;
  review: ExportReview | null;
  /**
   * A cross-reference whose target is another statement's paragraph (`slug#p4`): that paragraph's citation
   * (paragraphCitation), so an export reads "France, Security Council, 1 February 2024, ¶2" rather than the bare
   * reference; absent otherwise, or where the paragraph's statement is gone.
   */
  targetCitation?: string | null;
}

/** What a brief's title page says about the selection. */
export interface BriefMeta {
  title: string;
  workspace: string;
  /** ISO date-time of the export. */
  generatedAt: string;
  /** The filters used, in words, e.g. { label: "Status", value: "accepted" }; empty when everything is exported. */
  filters: { label: string; value: string }[];
  /** Origin of the app, for links to statements' paragraphs (`${baseUrl}/s/${slug}#p7`). */
  baseUrl: string;
}

/**
 * A format written piece by piece, so that a large export streams: head, then each item in export order
 * (grouped by statement, then kind, then reading order), then tail. Writers keep only the current group in state.
 */
export interface ExportWriter {
  head(): string;
  item(item: ExportItem): string;
  tail(): string;
}
