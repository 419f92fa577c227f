import type { AnchorState, AnnotationToPlace, PreviousBlock, TextQuote } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { placeOfRow } from "../annotations/annotation-sql-row.ts";

/** An annotation as a revision re-anchors it: where it is now, and what a person has yet to confirm. */
export interface AnnotationAnchorRow extends AnnotationToPlace {
  version: number;
  revision: number;
  anchorRevision: number;
  anchorState: AnchorState;
  previousQuote: TextQuote | null;
  deleted: boolean;
}

interface Row {
  id: string;
  version: number;
  revision: number;
  paragraph_id: string;
  start: number;
  end: number;
  end_paragraph_id: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  anchor_revision: number;
  anchor_state: AnchorState;
  previous_quote: TextQuote | null;
  deleted: boolean;
}

/** Every annotation of a statement, deleted ones included (a restored annotation must sit on the current text too). */
export async function annotationAnchors(db: DbOrTx, statementId: string): Promise<AnnotationAnchorRow[]> {
  const rows = await db.$queryRaw<Row[]>`SELECT id, version, revision, paragraph_id, start, "end", end_paragraph_id, exact, prefix,
      suffix, anchor_revision, anchor_state::text AS anchor_state, previous_quote, deleted_at IS NOT NULL AS deleted
    FROM annotations WHERE statement_id = ${statementId}::uuid ORDER BY id`;
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    revision: r.revision,
    ...placeOfRow(r),
    anchorRevision: r.anchor_revision,
    anchorState: r.anchor_state,
    previousQuote: r.previous_quote,
    deleted: r.deleted,
  }));
}

/** The blocks of a statement's revision as alignment reads them. */
export async function revisionBlocks(db: DbOrTx, statementId: string, number: number): Promise<PreviousBlock[]> {
  const rows = await db.$queryRaw<{ canonical_id: string; kind: "paragraph" | "heading"; text: string; level: number | null }[]>`
    SELECT p.canonical_id, p.kind::text AS kind, p.text, p.level
    FROM paragraphs p JOIN revisions r ON r.id = p.revision_id
    WHERE r.statement_id = ${statementId}::uuid AND r.number = ${number}
    ORDER BY p.position`;
  return rows.map((r) => ({ id: r.canonical_id, kind: r.kind, text: r.text, ...(r.level !== null ? { level: r.level } : {}) }));
}
