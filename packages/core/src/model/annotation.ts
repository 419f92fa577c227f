import type { AnnotationKind, ReviewStatus } from "./taxonomy.ts";

/** Where an annotation sits: offsets are UTF-16 code units in the paragraphs' normalised text. */
export interface TextTarget {
  paragraphId: string;
  start: number;
  end: number;
  /** Set only when the span ends in another paragraph than it starts in. */
  endParagraphId?: string;
}

/** W3C TextQuoteSelector fields; prefix and suffix hold up to 32 characters. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface AnnotationView {
  id: string;
  statementId: string;
  statementSlug: string;
  revision: number;
  kind: AnnotationKind;
  target: TextTarget;
  quote: TextQuote;
  attributes: Record<string, unknown>;
  labels: string[];
  /** The note as plain text; the rich Tiptap document, when there is one, is in noteDoc. */
  note: string | null;
  noteDoc: unknown;
  status: ReviewStatus;
  version: number;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface StatementMetadata {
  title: string;
  speaker?: string | null;
  delegation?: string | null;
  onBehalfOf?: string | null;
  forum?: string | null;
  meetingSymbol?: string | null;
  /** ISO date, yyyy-mm-dd. */
  date?: string | null;
  language?: string | null;
  sourceUrl?: string | null;
}

export interface StatementRef extends StatementMetadata {
  id: string;
  slug: string;
}
