import type { DbOrTx } from "../../db/in-transaction.ts";

export interface ParagraphRefRow {
  ref: string;
  slug: string;
  title: string;
  delegation: string | null;
  on_behalf_of: string | null;
  forum: string | null;
  meeting_symbol: string | null;
  date: string | null;
  paragraph_id: string;
  number: number | null;
  in_current: boolean;
}

/**
 * The statements and paragraphs that canonical references name, in the workspace's live statements: each paragraph's
 * number in its statement's current revision (none, and `in_current` false, where that revision lacks it). A
 * reference to no such statement has no row.
 */
export async function paragraphsReferred(
  db: DbOrTx,
  workspaceId: string,
  refs: readonly { ref: string; slug: string; paragraphId: string }[],
): Promise<ParagraphRefRow[]> {
  if (refs.length === 0) return [];
  return db.$queryRaw<ParagraphRefRow[]>`
    SELECT x.ref, s.slug, s.title, s.delegation, s.on_behalf_of, s.forum, s.meeting_symbol, s.date, x.paragraph_id, p.number,
      p.id IS NOT NULL AS in_current
    FROM unnest(${refs.map((r) => r.ref)}::text[], ${refs.map((r) => r.slug)}::text[], ${refs.map((r) => r.paragraphId)}::text[])
      AS x(ref, slug, paragraph_id)
    JOIN statements s ON s.workspace_id = ${workspaceId}::uuid AND s.slug = x.slug AND s.deleted_at IS NULL
    LEFT JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    LEFT JOIN paragraphs p ON p.revision_id = r.id AND p.canonical_id = x.paragraph_id`;
}
