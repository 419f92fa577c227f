import { randomUUID } from "node:crypto";
import type { AnnotationKind, ReviewStatus, TextQuote, TextTarget } from "@verbatim/core";
import type { Prisma } from "../../generated/prisma/client.ts";
import { storedAttributes } from "../annotations/coded-attributes.ts";

/** One imported annotation as stored, at version 1 and anchored in the revision it is imported into. */
export interface ImportRow {
  id: string;
  workspaceId: string;
  statementId: string;
  revision: number;
  kind: AnnotationKind;
  target: TextTarget;
  quote: TextQuote;
  attributes: Record<string, unknown>;
  labels: string[];
  noteText: string | null;
  noteRich: object | null;
  authorId: string;
  /** Proposed, unless the import kept the source's review status (import-w3c-credit.ts). */
  status: ReviewStatus;
  anchorState: "anchored" | "fuzzy";
  /** For a fuzzy placement, the quote it had where it came from. */
  previousQuote: TextQuote | null;
  sourceId: string | null;
}

/*
 * Prisma's createMany took seconds per thousand rows here; one INSERT … SELECT over a single JSON
 * parameter stores the 5,000 annotations an import may carry in a fraction of that.
 */

export async function insertAnnotations(tx: Prisma.TransactionClient, rows: readonly ImportRow[]): Promise<void> {
  const records = rows.map((r) => ({
    id: r.id,
    workspace_id: r.workspaceId,
    statement_id: r.statementId,
    revision: r.revision,
    kind: r.kind,
    paragraph_id: r.target.paragraphId,
    start: r.target.start,
    end: r.target.end,
    end_paragraph_id: r.target.endParagraphId ?? null,
    exact: r.quote.exact,
    prefix: r.quote.prefix,
    suffix: r.quote.suffix,
    attributes: storedAttributes(r.attributes),
    note_text: r.noteText,
    note_rich: r.noteRich,
    author_id: r.authorId,
    status: r.status,
    anchor_state: r.anchorState,
    previous_quote: r.previousQuote,
    source_id: r.sourceId,
  }));
  await tx.$executeRaw`
    INSERT INTO annotations (id, workspace_id, statement_id, revision, anchor_revision, kind, paragraph_id, start, "end", end_paragraph_id,
      exact, prefix, suffix, attributes, note_text, note_rich, author_id, status, anchor_state, previous_quote, source_id, updated_at)
    SELECT id, workspace_id, statement_id, revision, revision, kind, paragraph_id, start, "end", end_paragraph_id,
      exact, prefix, suffix, attributes, note_text, note_rich, author_id, status, anchor_state, previous_quote, source_id, now()
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(id uuid, workspace_id uuid, statement_id uuid, revision int,
      kind "AnnotationKind", paragraph_id text, start int, "end" int, end_paragraph_id text, exact text, prefix text, suffix text,
      attributes jsonb, note_text text, note_rich jsonb, author_id uuid, status "ReviewStatus",
      anchor_state "AnchorState", previous_quote jsonb, source_id text)`;
}

export interface ImportReview {
  annotationId: string;
  statementId: string;
  reviewerId: string;
  status: Exclude<ReviewStatus, "proposed">;
}

/**
 * The review behind each kept review status, so that the review in force agrees with the status (reviewInForce): at
 * version 1, by the importing reviewer, who vouches for it here.
 */
export async function insertImportReviews(tx: Prisma.TransactionClient, reviews: readonly ImportReview[]): Promise<void> {
  if (reviews.length === 0) return;
  const records = reviews.map((r) => ({
    id: randomUUID(),
    annotation_id: r.annotationId,
    statement_id: r.statementId,
    reviewer_id: r.reviewerId,
    status: r.status,
  }));
  await tx.$executeRaw`
    INSERT INTO reviews (id, annotation_id, statement_id, reviewer_id, status, annotation_version)
    SELECT id, annotation_id, statement_id, reviewer_id, status, 1
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(id uuid, annotation_id uuid, statement_id uuid, reviewer_id uuid,
      status "ReviewStatus")`;
}

export interface ImportChange {
  annotationId: string;
  actorId: string;
  after: object;
}

/** The first entry of each imported annotation's history. */
export async function insertImportChanges(tx: Prisma.TransactionClient, changes: readonly ImportChange[]): Promise<void> {
  const records = changes.map((c) => ({ id: randomUUID(), annotation_id: c.annotationId, actor_id: c.actorId, after: c.after }));
  await tx.$executeRaw`
    INSERT INTO annotation_changes (id, annotation_id, version, action, actor_id, after)
    SELECT id, annotation_id, 1, 'imported', actor_id, after
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(id uuid, annotation_id uuid, actor_id uuid, after jsonb)`;
}
