import { Uuid } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import type { Statement } from "../../generated/prisma/client.ts";
import { AppError, notFound } from "../../http/app-error.ts";

/**
 * A statement of the workspace by ID or slug; another workspace's statements are not found, and nor are deleted
 * ones, except with `deleted: true`, which finds only those (restoring one).
 */
export async function findStatement(
  db: DbOrTx,
  workspaceId: string,
  idOrSlug: string,
  opts: { deleted?: boolean } = {},
): Promise<Statement> {
  const statement = await db.statement.findFirst({
    where: {
      workspaceId,
      deletedAt: opts.deleted ? { not: null } : null,
      OR: [{ slug: idOrSlug }, ...(Uuid.safeParse(idOrSlug).success ? [{ id: idOrSlug }] : [])],
    },
  });
  if (!statement) throw notFound("statement");
  return statement;
}

/** The blocks of one revision of the statement, the current one by default, in reading order. */
export async function currentBlocks(db: Db, statement: Statement, revision = statement.currentRevision) {
  return db.paragraph.findMany({
    where: { statementId: statement.id, revision: { number: revision } },
    orderBy: { position: "asc" },
  });
}

/** A write placed against revision `base` (when the client said which) while another one is current: 409 revision_changed. */
export function assertRevisionCurrent(statement: Pick<Statement, "currentRevision">, base: number | undefined): void {
  if (base !== undefined && base !== statement.currentRevision) {
    throw new AppError("revision_changed", "the statement has a new revision since you read it; read it again and retry", {
      current: statement.currentRevision,
    });
  }
}
