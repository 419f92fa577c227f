import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { containmentGroups } from "./duplicate-prefilter.ts";

export interface DuplicateCandidateRow {
  id: string;
  slug: string;
  title: string;
  delegation: string | null;
  date: string | null;
  revision: number;
  /** The current revision's fingerprint, for core to give the verdict. */
  fingerprint: bigint[];
  /** The import's paragraphs (repeats counted) whose hash the revision holds: what compareFingerprints calls `same`. */
  same: number;
}

/**
 * The live statements of the workspace whose current revision holds at least `minSame` of the import's paragraph
 * hashes, most shared first (then the closest in length, so an identical text leads its ties). The prefilter
 * (duplicate-prefilter.ts: `@>` groups, else `&&`) runs on the GIN index of revisions.fingerprint and leaves few
 * revisions for the count, a hash join of the two hash lists.
 */
export async function duplicateCandidates(
  db: Db,
  q: { workspaceId: string; fingerprint: readonly number[]; minSame: number; limit: number },
): Promise<DuplicateCandidateRow[]> {
  const hashes = q.fingerprint.map(BigInt);
  const groups = containmentGroups(q.fingerprint, q.minSame);
  const prefilter = groups
    ? Prisma.join(
        groups.map((group) => Prisma.sql`r.fingerprint @> ${group.map(BigInt)}::bigint[]`),
        " OR ",
      )
    : Prisma.sql`r.fingerprint && ${hashes}::bigint[]`;
  return db.$queryRaw<DuplicateCandidateRow[]>`
    WITH incoming AS (SELECT h, count(*)::int AS n FROM unnest(${hashes}::bigint[]) AS h GROUP BY h)
    SELECT s.id, s.slug, s.title, s.delegation, s.date, s.current_revision AS revision, r.fingerprint, shared.same
    FROM statements s
    JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(i.n), 0)::int AS same
      FROM (SELECT DISTINCT unnest(r.fingerprint) AS h) e JOIN incoming i ON i.h = e.h
    ) shared
    WHERE s.workspace_id = ${q.workspaceId}::uuid AND s.deleted_at IS NULL
      AND (${prefilter})
      AND shared.same >= ${q.minSame}
    ORDER BY shared.same DESC, abs(cardinality(r.fingerprint) - ${q.fingerprint.length}::int), s.created_at DESC, s.id
    LIMIT ${q.limit}`;
}

/**
 * Current revisions of the workspace's live statements stored before fingerprints were (an empty one), after `after`
 * in ID order, a batch at a time, with their paragraphs' texts (headings aside, as textFingerprint skips them).
 */
export async function revisionsWithoutFingerprint(
  db: Db,
  q: { workspaceId: string; after: string | null; limit: number },
): Promise<{ id: string; texts: string[] }[]> {
  return db.$queryRaw<{ id: string; texts: string[] }[]>`
    WITH batch AS (
      SELECT r.id FROM statements s JOIN revisions r ON r.statement_id = s.id AND r.number = s.current_revision
      WHERE s.workspace_id = ${q.workspaceId}::uuid AND s.deleted_at IS NULL AND coalesce(cardinality(r.fingerprint), 0) = 0
        AND r.id > coalesce(${q.after}::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
      ORDER BY r.id LIMIT ${q.limit}
    )
    SELECT b.id, coalesce(array_agg(p.text) FILTER (WHERE p.text IS NOT NULL), '{}') AS texts
    FROM batch b LEFT JOIN paragraphs p ON p.revision_id = b.id AND p.kind = 'paragraph'
    GROUP BY b.id ORDER BY b.id`;
}

/** Writes computed fingerprints in one statement; a revision's fingerprint is a function of its text, so a race is harmless. */
export async function storeFingerprints(db: Db, rows: readonly { id: string; fingerprint: readonly number[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    UPDATE revisions r SET fingerprint = ARRAY(SELECT h::bigint FROM jsonb_array_elements_text(x.fingerprint) WITH ORDINALITY AS e(h, k) ORDER BY k)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, fingerprint jsonb)
    WHERE r.id = x.id`;
}
