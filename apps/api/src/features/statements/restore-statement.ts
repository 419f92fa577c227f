import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Statement } from "../../generated/prisma/client.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { findStatement } from "./find-statement.ts";
import { canDeleteStatement } from "./statement-policy.ts";
import { statementOwnership } from "./statement-ownership-sql.ts";
import { writeStatementChange } from "./write-statement-change.ts";

const RESTORE_REFUSED = "only admins, and the analyst who imported a statement while nobody else has annotated it, restore it";

/** Undoes a deletion: whoever may delete the statement may restore it. Nothing else was touched, so all of it is back. */
export async function restoreStatement(db: Db, opts: { actor: Actor; idOrSlug: string }): Promise<Statement> {
  const { actor } = opts;
  return db.$transaction(async (tx) => {
    const deleted = await findStatement(tx, actor.workspaceId, opts.idOrSlug, { deleted: true });
    const owned = (await statementOwnership(tx, [deleted.id])).get(deleted.id)!;
    if (!canDeleteStatement(actor, owned)) throw forbidden(RESTORE_REFUSED);
    const { count } = await tx.statement.updateMany({
      where: { id: deleted.id, deletedAt: { not: null } },
      data: { deletedAt: null, deletedById: null },
    });
    // Restored by someone else meanwhile.
    if (count === 0) throw notFound("statement");
    const statement = await tx.statement.findUniqueOrThrow({ where: { id: deleted.id } });
    await writeStatementChange(tx, { actor, statement, action: "restored" });
    return statement;
  });
}
