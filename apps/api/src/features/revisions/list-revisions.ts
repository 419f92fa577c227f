import type { RevisionInfo } from "@verbatim/contract";
import type { Db } from "../../db/database.ts";
import { findStatement } from "../statements/find-statement.ts";
import { presentRevision, revisionInfoSelect } from "./revision-info.ts";

/** A statement's revisions, oldest first. */
export async function listRevisions(db: Db, opts: { workspaceId: string; idOrSlug: string }): Promise<{ items: RevisionInfo[] }> {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const rows = await db.revision.findMany({ where: { statementId: statement.id }, select: revisionInfoSelect, orderBy: { number: "asc" } });
  return { items: rows.map(presentRevision) };
}
