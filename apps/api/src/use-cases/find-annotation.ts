import type { Db } from "../db/database.ts";
import { notFound } from "../http/app-error.ts";
import { type AnnotationRow, annotationInclude } from "../presenters/annotation.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findAnnotation(db: Db, workspaceId: string, id: string, opts: { deleted?: boolean } = {}): Promise<AnnotationRow> {
  if (!UUID.test(id)) throw notFound("annotation");
  const row = await db.annotation.findFirst({
    where: { id, workspaceId, deletedAt: opts.deleted ? { not: null } : null },
    include: annotationInclude,
  });
  if (!row) throw notFound("annotation");
  return row;
}
