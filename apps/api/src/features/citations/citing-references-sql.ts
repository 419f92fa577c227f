import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";

/** The citing statement's columns and the citing paragraph's number in its current revision. */
export interface CitingStatementColumns {
  statement_id: string;
  slug: string;
  title: string;
  delegation: string | null;
  on_behalf_of: string | null;
  forum: string | null;
  meeting_symbol: string | null;
  date: string | null;
  number: number | null;
}

export interface CitingRow extends CitingStatementColumns {
  annotation_id: string;
  relation: string;
  status: string;
  quote: string;
  target: string;
  paragraph_id: string;
  author_id: string;
  author_name: string;
}

/** More than a page can show; a corpus that cites one thing this often wants search (issue 17), not this list. */
export const MAX_CITING = 2000;

/**
 * The workspace's live cross-references, in live statements, whose target is one of `targets` or (with `prefix`)
 * starts with it, but those in `except` (a statement citing itself), by statement date and place in the text. The
 * citing paragraph's number is its number in its statement's current revision. An index on the target
 * (annotations_cross_reference_target_idx) serves both forms.
 */
export async function citingReferences(
  db: DbOrTx,
  q: { workspaceId: string; targets?: readonly string[]; prefix?: string; except?: string },
): Promise<CitingRow[]> {
  const target = Prisma.sql`(a.attributes->>'target')`;
  const which =
    q.prefix !== undefined
      ? Prisma.sql`starts_with(${target}, ${q.prefix})`
      : Prisma.sql`${target} = ANY(${(q.targets ?? []) as string[]}::text[])`;
  const except = q.except ? Prisma.sql`AND a.statement_id <> ${q.except}::uuid` : Prisma.empty;
  return db.$queryRaw<CitingRow[]>`
    SELECT a.id AS annotation_id, a.attributes->>'relation' AS relation, a.status::text AS status, a.exact AS quote, ${target} AS target,
      s.id AS statement_id, s.slug, s.title, s.delegation, s.on_behalf_of, s.forum, s.meeting_symbol, s.date,
      a.paragraph_id, p.number, u.id AS author_id, u.name AS author_name
    FROM annotations a
    JOIN statements s ON s.id = a.statement_id AND s.deleted_at IS NULL
    JOIN users u ON u.id = a.author_id
    LEFT JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    LEFT JOIN paragraphs p ON p.revision_id = r.id AND p.canonical_id = a.paragraph_id
    WHERE a.workspace_id = ${q.workspaceId}::uuid AND a.kind = 'cross-reference' AND a.deleted_at IS NULL AND ${which} ${except}
    ORDER BY s.date ASC NULLS LAST, s.slug, p.position ASC NULLS LAST, a.start, a.id
    LIMIT ${MAX_CITING}`;
}
