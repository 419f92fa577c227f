import { Uuid } from "@verbatim/contract";
import type { TextBlock } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";

export interface Span {
  from: string;
  to: string;
}

/** A statement as tagging needs it. */
export interface TaggedStatement {
  id: string;
  slug: string;
  currentRevision: number;
}

/**
 * The current revision's blocks from one paragraph to another, whichever comes first, in reading order, for the
 * statement the CTE `statement` (id, current_revision) selects: all that checking a span and reading its quote
 * needs (a quote's context stays within its end blocks), where the whole text of a long statement would be read for
 * every tag. An unknown ID is missing from the answer.
 */
const spanFrom = (span: Span) => Prisma.sql`
  revision AS (
    SELECT r.id FROM revisions r, statement s WHERE r.statement_id = s.id AND r.number = s.current_revision
  ),
  ends AS (
    SELECT p.position FROM paragraphs p, revision WHERE p.revision_id = revision.id AND p.canonical_id IN (${span.from}, ${span.to})
  ),
  span AS (
    SELECT p.canonical_id AS id, p.text, p.position FROM paragraphs p, revision
    WHERE p.revision_id = revision.id
      AND p.position BETWEEN (SELECT min(position) FROM ends) AND (SELECT max(position) FROM ends)
  )`;

/** The span's blocks in a statement already found. */
export async function spanBlocks(db: Db, statement: { id: string }, span: Span): Promise<TextBlock[]> {
  return db.$queryRaw<TextBlock[]>`
    WITH statement AS (SELECT id, current_revision FROM statements WHERE id = ${statement.id}::uuid), ${spanFrom(span)}
    SELECT id, text FROM span ORDER BY position`;
}

/**
 * A statement of the workspace by ID or slug, with the span's blocks, in one query: a new tag's one read before
 * its one write (create-annotation.ts). Another workspace's statements are not found.
 */
export async function statementWithSpan(
  db: Db,
  at: { workspaceId: string; idOrSlug: string },
  span: Span,
): Promise<{ statement: TaggedStatement; blocks: TextBlock[] }> {
  const id = Uuid.safeParse(at.idOrSlug).success ? at.idOrSlug : null;
  const rows = await db.$queryRaw<
    { statement_id: string; slug: string; current_revision: number; id: string | null; text: string | null }[]
  >`
    WITH statement AS (
      SELECT id, slug, current_revision FROM statements
      WHERE workspace_id = ${at.workspaceId}::uuid AND (slug = ${at.idOrSlug} OR id = ${id}::uuid) AND deleted_at IS NULL
      LIMIT 1
    ), ${spanFrom(span)}
    SELECT s.id::text AS statement_id, s.slug, s.current_revision, span.id, span.text
    FROM statement s LEFT JOIN span ON true
    ORDER BY span.position`;
  const first = rows[0];
  if (!first) throw notFound("statement");
  const blocks = rows.flatMap((r) => (r.id !== null && r.text !== null ? [{ id: r.id, text: r.text }] : []));
  return { statement: { id: first.statement_id, slug: first.slug, currentRevision: first.current_revision }, blocks };
}
