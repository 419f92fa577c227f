import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";
import { annotationInclude, presentAnnotation } from "../annotations/annotation.ts";
import { annotationSnapshot } from "../annotations/annotation-snapshot.ts";
import type { PreparedImport } from "./import-w3c-prepare.ts";
import { type ImportReview, insertAnnotations, insertImportChanges, insertImportReviews } from "./import-w3c-sql.ts";
import { recordCreatedEvents } from "../live/record-event.ts";
import type { Actor } from "../../auth/actor.ts";
import { insertAnnotationCodes } from "../codebook/annotation-codes-sql.ts";
import { codesOfMany } from "../codebook/codes-of-many.ts";

/** Thousands of rows in one transaction take longer than Prisma's default of 5 seconds on a busy server. */
const IMPORT_TIMEOUT_MS = 120_000;

/** Another import of the same annotations committed first: their source IDs are taken. */
export function isSourceIdClash(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  // Raw inserts report the violation as P2010 with the driver's error in meta.
  return (e.code === "P2002" || e.code === "P2010") && JSON.stringify(e.meta ?? {}).includes("source_id");
}

/** The review behind each kept status (none for a proposed one). */
const keptReviews = (prepared: readonly PreparedImport[], reviewerId: string): ImportReview[] =>
  prepared.flatMap(({ row }) =>
    row.status === "proposed" ? [] : [{ annotationId: row.id, statementId: row.statementId, reviewerId, status: row.status }],
  );

/**
 * Creates the imported annotations, the reviews behind the statuses kept, their "imported" history entries (with
 * where each came from) and their codes (topics and labels, found or made in the codebook) in one transaction: an import is stored whole or not at all. A kept review
 * notifies nobody: it is the source's verdict carried over, not news for the author.
 */
export async function writeW3cImport(db: Db, opts: { actor: Actor; prepared: readonly PreparedImport[] }): Promise<AnnotationWithReview[]> {
  const { prepared } = opts;
  if (prepared.length === 0) return [];
  return db.$transaction(
    async (tx) => {
      const { workspaceId, userId: actorId } = opts.actor;
      const rows = prepared.map((p) => p.row);
      const codes = await codesOfMany(tx, opts.actor, rows);
      await insertAnnotations(tx, rows);
      await insertAnnotationCodes(
        tx,
        rows.map((r, i) => ({ annotationId: r.id, codes: codes[i]! })),
      );
      await insertImportReviews(tx, keptReviews(prepared, actorId));
      const ids = rows.map((r) => r.id);
      const created = await tx.annotation.findMany({ where: { id: { in: ids } }, include: annotationInclude });
      const byId = new Map(created.map((row) => [row.id, presentAnnotation(row)]));
      const views = ids.flatMap((id) => byId.get(id) ?? []);
      await insertImportChanges(
        tx,
        prepared.flatMap((p) => {
          const view = byId.get(p.row.id);
          return view ? [{ annotationId: view.id, actorId, after: { ...annotationSnapshot(view), importedFrom: p.origin } }] : [];
        }),
      );
      await recordCreatedEvents(tx, { workspaceId, actorId, annotations: views });
      return views;
    },
    { timeout: IMPORT_TIMEOUT_MS },
  );
}
