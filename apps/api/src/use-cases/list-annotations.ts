import type { Db } from "../db/database.ts";
import { AppError } from "../http/app-error.ts";
import type { AnnotationFilter } from "./annotation-filter.ts";
import { findStatement } from "./find-statement.ts";
import { isUuid } from "./is-uuid.ts";
import { selectAnnotationPage } from "./select-annotation-page.ts";

export interface ListAnnotationsOptions extends AnnotationFilter {
  workspaceId: string;
  idOrSlug: string;
  limit: number;
  cursor?: string | undefined;
}

export async function listAnnotations(db: Db, opts: ListAnnotationsOptions) {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const after = decodeCursor(opts.cursor);
  const rows = await selectAnnotationPage(db, {
    statementId: statement.id,
    slug: statement.slug,
    filter: opts,
    after,
    limit: opts.limit + 1,
  });
  const items = rows.slice(0, opts.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > opts.limit && last ? encodeCursor(new Date(last.createdAt), last.id) : null };
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
