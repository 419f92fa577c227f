import type { Db } from "../../db/database.ts";
import { type ImportReport, presentBlock, presentStatement } from "./statement.ts";
import { countAnnotations } from "./count-annotations.ts";
import { currentBlocks, findStatement } from "./find-statement.ts";

export async function getStatement(db: Db, opts: { workspaceId: string; idOrSlug: string }) {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const [blocks, counts, revision] = await Promise.all([
    currentBlocks(db, statement),
    countAnnotations(db, [statement.id]),
    // The import report only: the revision's source text (up to 2 MB) is not sent, so it is not read.
    db.revision.findUniqueOrThrow({
      where: { statementId_number: { statementId: statement.id, number: statement.currentRevision } },
      select: { importReport: true },
    }),
  ]);
  return presentStatement(statement, blocks.map(presentBlock), counts.get(statement.id)!, revision.importReport as unknown as ImportReport);
}
