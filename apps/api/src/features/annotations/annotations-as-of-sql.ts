import type { AnchorState, TextQuote, TextTarget } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { PlaceEntry, RevisionTime } from "./annotations-as-of.ts";

/** The history entries that placed these annotations (every entry whose snapshot has a target), oldest first. */
export async function placeEntries(db: Db, annotationIds: readonly string[]): Promise<Map<string, PlaceEntry[]>> {
  const rows = await db.$queryRaw<
    { annotation_id: string; created_at: Date; target: TextTarget; quote: TextQuote; state: AnchorState | null; revision: number | null }[]
  >`
    -- A re-anchoring names its revision: the one it placed the annotation in, or the one after an orphan's last.
    SELECT annotation_id, created_at, after->'target' AS target, after->'quote' AS quote, after->'anchor'->>'state' AS state,
      CASE WHEN after->'anchor'->>'state' = 'orphaned' AND before ? 'anchor' THEN (before->'anchor'->>'revision')::int + 1
           ELSE (after->'anchor'->>'revision')::int END AS revision
    FROM annotation_changes
    WHERE annotation_id = ANY(${annotationIds}::uuid[]) AND after ? 'target'
    ORDER BY annotation_id, version, created_at`;
  const entries = new Map<string, PlaceEntry[]>();
  for (const r of rows) {
    const list = entries.get(r.annotation_id) ?? [];
    list.push({ annotationId: r.annotation_id, at: r.created_at, target: r.target, quote: r.quote, state: r.state, revision: r.revision });
    entries.set(r.annotation_id, list);
  }
  return entries;
}

export async function revisionTimes(db: Db, statementId: string): Promise<RevisionTime[]> {
  return db.revision.findMany({ where: { statementId }, select: { number: true, createdAt: true }, orderBy: { number: "asc" } });
}
