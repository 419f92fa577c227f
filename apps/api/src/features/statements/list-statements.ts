import type { Db } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { presentStatementSummary } from "./statement.ts";
import { countAnnotations } from "./count-annotations.ts";
import { decodeOffsetCursor, encodeOffsetCursor } from "../../http/offset-cursor.ts";

export interface ListStatementsOptions {
  workspaceId: string;
  q?: string | undefined;
  sort: "date" | "-date" | "title" | "-title" | "created" | "-created";
  limit: number;
  cursor?: string | undefined;
}

const ORDER: Record<ListStatementsOptions["sort"], Prisma.StatementOrderByWithRelationInput[]> = {
  date: [{ date: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  "-date": [{ date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  "-title": [{ title: "desc" }, { id: "asc" }],
  created: [{ createdAt: "asc" }, { id: "asc" }],
  "-created": [{ createdAt: "desc" }, { id: "asc" }],
};

export async function listStatements(db: Db, opts: ListStatementsOptions) {
  const offset = decodeOffsetCursor(opts.cursor);
  const contains = opts.q ? { contains: opts.q, mode: "insensitive" as const } : undefined;
  const where: Prisma.StatementWhereInput = {
    workspaceId: opts.workspaceId,
    deletedAt: null,
    ...(contains
      ? { OR: [{ title: contains }, { delegation: contains }, { onBehalfOf: contains }, { forum: contains }, { slug: contains }] }
      : {}),
  };
  const rows = await db.statement.findMany({ where, orderBy: ORDER[opts.sort], skip: offset, take: opts.limit + 1 });
  const page = rows.slice(0, opts.limit);
  const counts = await countAnnotations(
    db,
    page.map((s) => s.id),
  );
  return {
    items: page.map((s) => presentStatementSummary(s, counts.get(s.id)!)),
    nextCursor: rows.length > opts.limit ? encodeOffsetCursor(offset + opts.limit) : null,
  };
}
