import type { ImportDuplicate } from "@verbatim/contract";
import { compareFingerprints, MOSTLY_SAME_SHARE } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { backfillFingerprints } from "./backfill-fingerprints.ts";
import { duplicateCandidates } from "./duplicates-sql.ts";

/** The import preview offers this many statements at most. */
export const MAX_DUPLICATES = 5;

/**
 * The workspace's live statements whose current text an import repeats, best first. SQL narrows and ranks by the
 * count of shared paragraphs; core's compareFingerprints gives each verdict, so the rule lives in one place.
 */
export async function findDuplicates(
  db: Db,
  opts: { workspaceId: string; fingerprint: readonly number[]; work: WorkPool },
): Promise<ImportDuplicate[]> {
  const total = opts.fingerprint.length;
  if (total === 0) return [];
  await backfillFingerprints(db, { workspaceId: opts.workspaceId, work: opts.work });
  // A floor, never above what compareFingerprints asks: a candidate it turns down has the fewest shared paragraphs
  // of those fetched, so dropping it after the LIMIT never hides a better one.
  const minSame = Math.floor(total * MOSTLY_SAME_SHARE);
  const rows = await duplicateCandidates(db, {
    workspaceId: opts.workspaceId,
    fingerprint: opts.fingerprint,
    minSame,
    limit: MAX_DUPLICATES,
  });
  const found: ImportDuplicate[] = [];
  for (const row of rows) {
    const { verdict, share, same } = compareFingerprints(opts.fingerprint, row.fingerprint.map(Number));
    if (verdict === "different") continue;
    const { id, slug, title, delegation, date, revision } = row;
    found.push({ statement: { id, slug, title, delegation, date, revision }, verdict, share, same, total });
  }
  // An identical text first, whatever SQL's tie order; the sort is stable, so the rest keep theirs.
  return found.sort((a, b) => Number(b.verdict === "identical") - Number(a.verdict === "identical"));
}
