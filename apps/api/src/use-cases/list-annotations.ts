import type { Db } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import { presentAnnotation } from "../presenters/annotation.ts";
import { type AnnotationFilter, annotationWhere } from "./annotation-filter.ts";
import { findStatement } from "./find-statement.ts";
import { isUuid } from "./is-uuid.ts";

export interface ListAnnotationsOptions extends AnnotationFilter {
  workspaceId: string;
  idOrSlug: string;
  limit: number;
  cursor?: string | undefined;
}

export async function listAnnotations(db: Db, opts: ListAnnotationsOptions) {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const after = decodeCursor(opts.cursor);
  const rows = await db.annotation.findMany({
    where: {
      statementId: statement.id,
      ...annotationWhere(opts),
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  const last = page[page.length - 1];
  // A reader loads thousands at once: the slug is known and a statement has few authors, so join neither per row.
  const authorIds = [...new Set(page.map((r) => r.authorId))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u]),
  );
  const slug = { slug: statement.slug };
  return {
    items: page.map((r) => presentAnnotation({ ...r, author: authors.get(r.authorId)!, statement: slug })),
    nextCursor: rows.length > opts.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

const encodeCursor = (createdAt: Date, id: string) => Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");

function decodeCursor(cursor: string | undefined): { createdAt: Date; id: string } | null {
  if (!cursor) return null;
  const [iso = "", id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(iso);
  // Only what encodeCursor writes: a forged far-off date would fail in the database, not here.
  const wellFormed =
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso) && !Number.isNaN(createdAt.getTime()) && createdAt.toISOString() === iso;
  if (!id || !wellFormed || !isUuid(id)) {
    throw new AppError("validation_failed", "the cursor is not one this API gave out", { cursor });
  }
  return { createdAt, id };
}
