import { type StatementChange, StatementChangeAction } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { findStatement } from "./find-statement.ts";
import type { ChangedFields } from "./write-statement-change.ts";

/** A statement's history, newest first: each edit with the fields it changed, each deletion, restoration and revision. */
export async function statementHistory(db: Db, opts: { workspaceId: string; idOrSlug: string }): Promise<StatementChange[]> {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const rows = await db.statementChange.findMany({
    where: { statementId: statement.id },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((r) => ({
    action: StatementChangeAction.parse(r.action),
    actor: r.actor,
    at: r.createdAt.toISOString(),
    before: r.before as ChangedFields | null,
    after: r.after as ChangedFields | null,
  }));
}
