import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { annotationInclude, presentAnnotation } from "./annotation.ts";
import { canChangeAnnotation } from "./annotation-policy.ts";
import { writeAnnotationChange } from "./write-annotation-change.ts";

/** Annotations deleted per transaction: one transaction for any accept-all of ordinary size, a bounded one for the largest. */
const BATCH = 250;
/** A batch's writes take longer than Prisma's default five seconds on a loaded machine. */
const TRANSACTION_MS = 60_000;

/**
 * Deletes many annotations, each only if still live at the version given and the actor's to change, exactly as
 * deleteAnnotation deletes one (writeAnnotationChange: the mark, the version, the history entry, the event and its
 * live notice), but a batch per transaction: one annotation per transaction paid a commit each (about 16 ms), the
 * most of an undo's time. One changed meanwhile fails its compare-and-set without an SQL error, so the transaction
 * goes on and that one is kept. Returns the IDs deleted.
 */
export async function deleteAnnotations(
  db: Db,
  opts: { actor: Actor; annotations: readonly { id: string; version: number }[] },
): Promise<string[]> {
  const { actor } = opts;
  // In ID order, so two bulk writers over the same annotations take their row locks in one order.
  const wanted = [...opts.annotations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const deleted: string[] = [];
  for (let i = 0; i < wanted.length; i += BATCH) {
    const batch = wanted.slice(i, i + BATCH);
    const done = await db.$transaction(
      async (tx) => {
        const rows = await tx.annotation.findMany({
          where: { id: { in: batch.map((a) => a.id) }, workspaceId: actor.workspaceId, deletedAt: null, statement: { deletedAt: null } },
          include: annotationInclude,
        });
        const byId = new Map(rows.map((r) => [r.id, presentAnnotation(r)]));
        const ids: string[] = [];
        for (const { id, version } of batch) {
          const before = byId.get(id);
          if (!before || before.version !== version || !canChangeAnnotation(actor, before.author.id)) continue;
          try {
            const data = { deletedAt: new Date() };
            await writeAnnotationChange({ db: tx, actor, before, expectedVersion: version, action: "deleted", data });
            ids.push(id);
          } catch (e) {
            if (!(e instanceof AppError) || (e.code !== "version_conflict" && e.code !== "not_found")) throw e;
          }
        }
        return ids;
      },
      { timeout: TRANSACTION_MS },
    );
    deleted.push(...done);
  }
  return deleted;
}
