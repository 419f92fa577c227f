import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { findStatement } from "./find-statement.ts";
import { canDeleteStatement } from "./statement-policy.ts";
import { statementOwnership } from "./statement-ownership-sql.ts";
import { writeStatementChange } from "./write-statement-change.ts";

const DELETE_REFUSED = "only admins, and the analyst who imported a statement while nobody else has annotated it, delete it";

/**
 * Deletion is a mark on the statement alone: its annotations, comments, reviews and assignments stay as they are,
 * out of sight while every route leaves deleted statements out, so restoring it brings everything back.
 */
export async function deleteStatement(db: Db, opts: { actor: Actor; idOrSlug: string }): Promise<void> {
  const { actor } = opts;
  await db.$transaction(async (tx) => {
    const statement = await findStatement(tx, actor.workspaceId, opts.idOrSlug);
    const owned = (await statementOwnership(tx, [statement.id])).get(statement.id)!;
    if (!canDeleteStatement(actor, owned)) throw forbidden(DELETE_REFUSED);
    const { count } = await tx.statement.updateMany({
      where: { id: statement.id, deletedAt: null },
      data: { deletedAt: new Date(), deletedById: actor.userId },
    });
    // Deleted by someone else meanwhile.
    if (count === 0) throw notFound("statement");
    await writeStatementChange(tx, { actor, statement, action: "deleted" });
  });
}
