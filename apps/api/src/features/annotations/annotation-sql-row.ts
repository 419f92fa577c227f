import type { AnnotationProvenance, AnnotationReviewInfo } from "@verbatim/contract";
import { type AnchorState, type AnnotationView, type CodeRef, type ReviewStatus, type TextQuote, type TextTarget } from "@verbatim/core";
import { type AnnotationWithReview, reviewInForce } from "./annotation-review.ts";
import { codedAttributes } from "./coded-attributes.ts";
import { provenanceOf } from "./provenance.ts";

/** An annotation's columns as ANNOTATION_COLUMNS selects them (annotation-sql.ts). */
export interface AnnotationSqlRow {
  id: string;
  revision: number;
  kind: AnnotationView["kind"];
  paragraph_id: string;
  start: number;
  end: number;
  end_paragraph_id: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  attributes: Record<string, unknown>;
  /** Its topics and labels in order, as ANNOTATION_CODES builds them. */
  codes: CodeRef[];
  note_text: string | null;
  /** Present when the query asked for it. */
  note_rich?: unknown;
  status: ReviewStatus;
  version: number;
  author_id: string;
  author_name: string;
  /** A Date from Prisma's raw queries; an ISO string where the SQL formats it. */
  created_at: Date | string;
  updated_at: Date | string;
  anchor_revision: number;
  anchor_state: AnchorState;
  previous_quote: TextQuote | null;
  /** The rule of the suggestion it was accepted from (annotations.suggestion_rule). */
  suggestion_rule: string | null;
}

/** The annotation object's `anchor` from its columns (one reading for raw rows and Prisma's). */
export const presentAnchor = (state: AnchorState, revision: number, previousQuote: unknown): NonNullable<AnnotationView["anchor"]> => ({
  state,
  revision,
  ...(previousQuote ? { previousQuote: previousQuote as TextQuote } : {}),
});

const iso = (t: Date | string): string => (typeof t === "string" ? t : t.toISOString());

type PlaceColumns = Pick<AnnotationSqlRow, "paragraph_id" | "start" | "end" | "end_paragraph_id" | "exact" | "prefix" | "suffix">;

/** An annotation's target and quote from its columns. */
export const placeOfRow = (r: PlaceColumns): { target: TextTarget; quote: TextQuote } => ({
  target: {
    paragraphId: r.paragraph_id,
    start: r.start,
    end: r.end,
    ...(r.end_paragraph_id ? { endParagraphId: r.end_paragraph_id } : {}),
  },
  quote: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
});

/** The API's annotation object from a raw row and its statement. */
export const presentAnnotationSqlRow = (
  r: AnnotationSqlRow,
  statement: { id: string; slug: string },
): AnnotationView & { codes: CodeRef[]; provenance: AnnotationProvenance } => ({
  id: r.id,
  statementId: statement.id,
  statementSlug: statement.slug,
  revision: r.revision,
  anchor: presentAnchor(r.anchor_state, r.anchor_revision, r.previous_quote),
  ...codedAttributes(r.kind, r.attributes, r.codes),
  ...placeOfRow(r),
  note: r.note_text,
  noteDoc: r.note_rich ?? null,
  status: r.status,
  version: r.version,
  author: { id: r.author_id, name: r.author_name },
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
  provenance: provenanceOf(r.suggestion_rule),
});

/** The latest review's columns, as LATEST_REVIEW_COLUMNS selects them. */
export interface ReviewSqlColumns {
  status: ReviewStatus;
  rv_status: string | null;
  rv_comment: string | null;
  rv_at: Date | string | null;
  rv_reviewer_id: string | null;
  rv_reviewer_name: string | null;
}

export const presentReviewSqlColumns = (r: ReviewSqlColumns): AnnotationReviewInfo | null =>
  r.rv_status && r.rv_at !== null && r.rv_reviewer_id
    ? reviewInForce(r.status, {
        status: r.rv_status,
        comment: r.rv_comment,
        at: r.rv_at,
        reviewer: { id: r.rv_reviewer_id, name: r.rv_reviewer_name ?? "" },
      })
    : null;

/** The API's annotation object, review included, from a row that selected LATEST_REVIEW_COLUMNS over LATEST_REVIEW_JOIN. */
export const presentAnnotationWithReviewSqlRow = (
  r: AnnotationSqlRow & ReviewSqlColumns,
  statement: { id: string; slug: string },
): AnnotationWithReview => ({ ...presentAnnotationSqlRow(r, statement), review: presentReviewSqlColumns(r) });
