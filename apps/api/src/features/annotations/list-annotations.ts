import type { AnnotationKind, AnnotationView, ReviewStatus } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { listOf } from "./annotation-sql.ts";
import { presentAnnotationWithReviewSqlRow } from "./annotation-sql-row.ts";
import { readStatementAnnotations } from "./statement-annotations-sql.ts";
import { findStatement } from "../statements/find-statement.ts";
import { notFound } from "../../http/app-error.ts";
import { annotationAsOf } from "./annotations-as-of.ts";
import { placeEntries, revisionTimes } from "./annotations-as-of-sql.ts";
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
  /** An older revision: the annotations as they stood on its text. */
  revision?: number | undefined;
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
  const items = page.map((r) => presentAnnotationWithReviewSqlRow(r, statement));
  return {
    items: await asOf(db, statement, items, opts.revision),
    nextCursor: rows.length > opts.limit && last ? encodeCursor(new Date(last.created_at), last.id) : null,
  };
}

/**
 * A page of annotations as they stood in an older revision (the reader's read-only view of it): each one's place then,
 * from its history; those made later, or orphaned by then, left out. The current revision's are the rows themselves.
 */
async function asOf<A extends AnnotationView>(
  db: Db,
  statement: { id: string; currentRevision: number },
  items: A[],
  revision: number | undefined,
): Promise<A[]> {
  if (revision === undefined || revision === statement.currentRevision) return items;
  if (revision > statement.currentRevision) throw notFound("revision");
  const [entries, revisions] = await Promise.all([
    placeEntries(
      db,
      items.map((a) => a.id),
    ),
    revisionTimes(db, statement.id),
  ]);
  return items.flatMap((a) => annotationAsOf(a, entries.get(a.id) ?? [], revisions, revision) ?? []);
}
