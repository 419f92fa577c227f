import type { TaggedAttributes } from "../../model/annotation.ts";
import type { CodeRef, CodeStatus, CodeType } from "../../model/code.ts";
import type { StatementRef } from "../../model/statement-ref.ts";
import type { ReviewStatus } from "../../model/taxonomy.ts";

export type { CodeStatus, CodeType };

/** A code of the workspace codebook (a topic or a label), as the codebook API gives it. */
export interface CodebookCode {
  id: string;
  type: CodeType;
  name: string;
  parentId: string | null;
  definition: string | null;
  guidance?: { use?: string; avoid?: string };
  /** "#rrggbb" or null. */
  colour: string | null;
  status: CodeStatus;
}

/** A code as an annotation carries it: its topics and labels. */
export type AnnotationCode = CodeRef;

/** A block of the statement's text, in reading order. */
export interface RefiParagraph {
  id: string;
  number: number | null;
  kind: "paragraph" | "heading";
  text: string;
}

export interface RefiStatement extends StatementRef {
  paragraphs: readonly RefiParagraph[];
}

/** An annotation as the project export needs it (the API's annotation object fits). */
export type RefiAnnotation = TaggedAttributes & {
  id: string;
  statementId: string;
  /** UTF-16 offsets in the paragraphs' text, as everywhere in Verbatim. */
  target: { paragraphId: string; start: number; end: number; endParagraphId?: string };
  /** Its topics and labels. Absent for records from before the codebook: then `labels` and a position's topics are used, by name. */
  codes?: readonly AnnotationCode[];
  labels?: readonly string[];
  note: string | null;
  status: ReviewStatus;
  author: { id: string; name: string };
  /** ISO date-time. */
  createdAt: string;
};

/** Everything one `.qdpx` holds. */
export interface RefiProjectInput {
  /** The project's name in the QDA tool, e.g. the workspace's name. */
  name: string;
  /** ISO date-time of the export: given, not read from the clock, so the same export is the same bytes. */
  exportedAt: string;
  exportedBy?: { id: string; name: string };
  codes: readonly CodebookCode[];
  statements: readonly RefiStatement[];
  annotations: readonly RefiAnnotation[];
}
