import { Uuid } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import type { Statement } from "../../generated/prisma/client.ts";
import { notFound } from "../../http/app-error.ts";

/** A statement of the workspace by ID or slug; another workspace's statements are not found. */
export async function findStatement(db: Db, workspaceId: string, idOrSlug: string): Promise<Statement> {
  const statement = await db.statement.findFirst({
    where: { workspaceId, OR: [{ slug: idOrSlug }, ...(Uuid.safeParse(idOrSlug).success ? [{ id: idOrSlug }] : [])] },
  });
  if (!statement) throw notFound("statement");
  return statement;
}

export async function currentBlocks(db: Db, statement: Statement) {
  return db.paragraph.findMany({
    where: { statementId: statement.id, revision: { number: statement.currentRevision } },
    orderBy: { position: "asc" },
  });
}
