import type { ExportItem, ExportReview, StatementRef } from "@verbatim/core";
import { type AnnotationSqlRow, presentAnnotationSqlRow } from "../presenters/annotation-sql-row.ts";

/** One row of exportRowsSql, as `pg` returns it. */
export interface ExportRow extends AnnotationSqlRow {
  statement_id: string;
  slug: string;
  created_at: string;
  updated_at: string;
  title: string;
  speaker: string | null;
  delegation: string | null;
  on_behalf_of: string | null;
  forum: string | null;
  meeting_symbol: string | null;
  date: string | null;
  language: string | null;
  source_url: string | null;
  number: number | null;
  end_number: number | null;
  current_number: number | null;
  review_status: ExportReview["status"] | null;
  reviewer: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
  start_text?: string | null;
  end_text?: string | null;
  /** Position within its statement, from 1. */
  nth: number;
}

const statementOf = (r: ExportRow): StatementRef => ({
  id: r.statement_id,
  slug: r.slug,
  title: r.title,
  speaker: r.speaker,
  delegation: r.delegation,
  onBehalfOf: r.on_behalf_of,
  forum: r.forum,
  meetingSymbol: r.meeting_symbol,
  date: r.date,
  language: r.language,
  sourceUrl: r.source_url,
});

/**
 * Maps rows to export items. Rows come grouped by statement and only a statement's first row carries its
 * metadata (`nth` = 1), so consecutive items share one statement object.
 */
export function exportItemMapper(): (row: ExportRow) => ExportItem {
  let statement: StatementRef | null = null;
  return (r) => {
    if (r.nth === 1) statement = statementOf(r);
    if (statement?.id !== r.statement_id) throw new Error(`export row ${r.id} came before its statement's first row`);
    return {
      annotation: presentAnnotationSqlRow(r, { id: r.statement_id, slug: r.slug }),
      statement,
      paragraphs: {
        number: r.number,
        ...(r.end_paragraph_id ? { endNumber: r.end_number } : {}),
        currentNumber: r.current_number,
      },
      review:
        r.review_status && r.reviewer !== null && r.reviewed_at !== null
          ? { status: r.review_status, reviewer: r.reviewer, at: r.reviewed_at, comment: r.review_comment }
          : null,
    };
  };
}

/**
 * The annotated paragraphs' texts by canonical ID, row by row. The query sends a paragraph's text only with
 * the first row of its statement that needs it, so this keeps the current statement's texts (by revision
 * and canonical ID) and forgets them when the next statement starts.
 */
export function blockTextReader(): (row: ExportRow) => Map<string, string> {
  let statementId: string | null = null;
  const known = new Map<string, string>();
  return (r) => {
    if (r.statement_id !== statementId) {
      statementId = r.statement_id;
      known.clear();
    }
    const texts = new Map<string, string>();
    const add = (paragraphId: string, sent: string | null | undefined) => {
      const key = `${r.revision}:${paragraphId}`;
      if (sent != null) known.set(key, sent);
      const text = known.get(key);
      if (text !== undefined) texts.set(paragraphId, text);
    };
    add(r.paragraph_id, r.start_text);
    if (r.end_paragraph_id) add(r.end_paragraph_id, r.end_text);
    return texts;
  };
}
