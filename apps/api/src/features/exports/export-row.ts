import type { AnnotationProvenance } from "@verbatim/contract";
import { type ExportItem, type ExportReview, paragraphCitation, type StatementRef } from "@verbatim/core";
import { type AnnotationSqlRow, presentAnnotationSqlRow } from "../annotations/annotation-sql-row.ts";

/** One row of exportRowsSql, as `pg` returns it; the statement's columns are null but in its first row. */
export interface ExportRow extends AnnotationSqlRow {
  statement_id: string | null;
  slug: string | null;
  created_at: string;
  updated_at: string;
  title: string | null;
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
  /** With a statement's first row, when asked for: paragraph texts by revision number (those anchored in), then canonical ID. */
  texts?: Record<string, Record<string, string> | null> | null;
  /** With a statement's first row, when asked for: the blocks of those revisions in reading order, by revision number. */
  blocks?: Record<string, [string, number | null, "paragraph" | "heading", string][] | null> | null;
  /** The IRI of the annotation this one was imported from. */
  source_id: string | null;
  /** Position within its statement, from 1. */
  nth: number;
  /** A cross-reference to another statement's paragraph: that statement and the paragraph's current number. */
  target_statement: TargetStatement | null;
}

interface TargetStatement {
  slug: string;
  title: string;
  delegation: string | null;
  onBehalfOf: string | null;
  forum: string | null;
  meetingSymbol: string | null;
  date: string | null;
  /** Null when the statement's current revision no longer has the paragraph. */
  paragraph: string | null;
  number: number | null;
}

/** The cited paragraph's citation (core's rule), marked where the current text no longer has it. */
function targetCitation(t: TargetStatement | null, target: unknown): string | undefined {
  if (!t || typeof target !== "string") return undefined;
  const citation = paragraphCitation(t, { id: target.split("#")[1] ?? "", number: t.number });
  return t.paragraph === null ? `${citation} (paragraph since removed)` : citation;
}

const statementOf = (r: ExportRow): StatementRef => ({
  id: r.statement_id ?? "",
  slug: r.slug ?? "",
  title: r.title ?? "",
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
 * The statement of each row. Rows come grouped by statement and only a statement's first row carries its
 * metadata (`nth` = 1), so consecutive rows share one statement object.
 */
export function statementReader(): (row: ExportRow) => StatementRef {
  let statement: StatementRef | null = null;
  return (r) => {
    if (r.nth === 1) statement = statementOf(r);
    if (!statement) throw new Error(`export row ${r.id} came before its statement's first row`);
    return statement;
  };
}

/** An export item whose annotation says where it came from (the JSON export keeps it; core's formats need not). */
export type ApiExportItem = ExportItem & { annotation: ExportItem["annotation"] & { provenance: AnnotationProvenance } };

/** Maps rows to export items. */
export function exportItemMapper(): (row: ExportRow) => ApiExportItem {
  const statementOfRow = statementReader();
  return (r) => {
    const statement = statementOfRow(r);
    const cites = targetCitation(r.target_statement, r.attributes["target"]);
    return {
      annotation: presentAnnotationSqlRow(r, statement),
      statement,
      ...(cites ? { targetCitation: cites } : {}),
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

const NO_TEXTS: ReadonlyMap<string, string> = new Map();

/**
 * The texts of the paragraphs a row's target is in (those of the revision it is anchored in), by canonical ID. The
 * query sends a statement's texts with its first row only, so this keeps them, by revision, until the next statement.
 */
export function blockTextReader(): (row: ExportRow) => ReadonlyMap<string, string> {
  let byRevision = new Map<number, ReadonlyMap<string, string>>();
  return (r) => {
    if (r.nth === 1) {
      byRevision = new Map(
        Object.entries(r.texts ?? {}).map(([revision, texts]) => [Number(revision), new Map(Object.entries(texts ?? {}))]),
      );
    }
    return byRevision.get(r.anchor_revision) ?? NO_TEXTS;
  };
}
