import type { DbOrTx } from "../../db/in-transaction.ts";
import { notFound } from "../../http/app-error.ts";
import { type AnnotationRow, annotationInclude } from "./annotation.ts";

export async function findAnnotation(
  db: DbOrTx,
  workspaceId: string,
  id: string,
  opts: { deleted?: boolean } = {},
): Promise<AnnotationRow> {
  const row = await db.annotation.findFirst({
    // An annotation on a deleted statement is gone with it until the statement is restored.
    where: { id, workspaceId, deletedAt: opts.deleted ? { not: null } : null, statement: { deletedAt: null } },
    include: annotationInclude,
  });
  if (!row) throw notFound("annotation");
  return row;
}
