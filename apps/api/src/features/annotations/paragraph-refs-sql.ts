import type { StatementParagraphRef } from "@verbatim/core";
import type { Db } from "../../db/database.ts";

/** Which of these "slug#pN" references name a paragraph of a live statement's current text in the workspace, in one query. */
export async function existingParagraphRefs(
  db: Db,
  workspaceId: string,
  refs: readonly StatementParagraphRef[],
): Promise<StatementParagraphRef[]> {
  if (refs.length === 0) return [];
  const rows = await db.$queryRaw<{ slug: string; canonical_id: string }[]>`
    SELECT s.slug, p.canonical_id
    FROM unnest(${refs.map((r) => r.slug)}::text[], ${refs.map((r) => r.paragraphId)}::text[]) AS t(slug, canonical_id)
    JOIN statements s ON s.workspace_id = ${workspaceId}::uuid AND s.slug = t.slug AND s.deleted_at IS NULL
    JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    JOIN paragraphs p ON p.revision_id = r.id AND p.canonical_id = t.canonical_id`;
  return rows.map((row) => ({ slug: row.slug, paragraphId: row.canonical_id }));
}
