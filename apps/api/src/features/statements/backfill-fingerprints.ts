import type { Db } from "../../db/database.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { revisionsWithoutFingerprint, storeFingerprints } from "./duplicates-sql.ts";

/** Revisions hashed per round trip: one read, one task, one write. */
const BATCH = 200;

/**
 * Gives the workspace's current revisions stored before fingerprints existed (an empty one) their fingerprint, so
 * the duplicate check sees them. Done when first needed rather than at start-up: it costs the first preview of each
 * workspace one pass over its old statements, later previews one indexed query that finds nothing, and a server never
 * starts slowly. Walks in revision ID order, so a revision with no paragraphs (still empty) is passed over, not re-read.
 */
export async function backfillFingerprints(db: Db, opts: { workspaceId: string; work: WorkPool }): Promise<number> {
  let after: string | null = null;
  let filled = 0;
  for (;;) {
    const revisions = await revisionsWithoutFingerprint(db, { workspaceId: opts.workspaceId, after, limit: BATCH });
    if (revisions.length === 0) return filled;
    await storeFingerprints(db, await opts.work.run("fingerprintRevisions", { revisions }));
    filled += revisions.length;
    after = revisions.at(-1)!.id;
    if (revisions.length < BATCH) return filled;
  }
}
