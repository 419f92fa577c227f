import type { AnnotationKind, ReviewStatus } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { listOf } from "./annotation-sql.ts";
import { presentAnnotationWithReviewSqlRow } from "./annotation-sql-row.ts";
import { readStatementAnnotations } from "./statement-annotations-sql.ts";
import { findStatement } from "../statements/find-statement.ts";
import { decodeCursor, encodeCursor } from "../../http/keyset-cursor.ts";

export interface ListAnnotationsOptions {
  kind?: AnnotationKind[] | undefined;
  status?: ReviewStatus[] | undefined;
  author?: string | undefined;
  label?: string | undefined;
  workspaceId: string;
  idOrSlug: string;
  limit: number;
  cursor?: string | undefined;
}

/** A page of a statement's annotations, each with its latest review (one query: statement-annotations-sql.ts). */
export async function listAnnotations(db: Db, opts: ListAnnotationsOptions) {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const rows = await readStatementAnnotations(db, {
    statementId: statement.id,
    filter: { kind: opts.kind, status: opts.status, author: listOf(opts.author), label: listOf(opts.label) },
    after: decodeCursor(opts.cursor),
    // One more than a page, to tell whether another follows.
    limit: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => presentAnnotationWithReviewSqlRow(r, statement)),
    nextCursor: rows.length > opts.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
  };
}
