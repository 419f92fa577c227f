import type { Db } from "../../db/database.ts";
import { notFound } from "../../http/app-error.ts";
import { type ImportReport, presentBlock, presentStatement } from "./statement.ts";
import { countAnnotations } from "./count-annotations.ts";
import { currentBlocks, findStatement } from "./find-statement.ts";

/** A statement with the paragraphs of its current revision, or of revision `revision` (404 when it has none such). */
export async function getStatement(db: Db, opts: { workspaceId: string; idOrSlug: string; revision?: number | undefined }) {
  const statement = await findStatement(db, opts.workspaceId, opts.idOrSlug);
  const shown = opts.revision ?? statement.currentRevision;
  if (shown > statement.currentRevision) throw notFound("revision");
  const [blocks, counts, revision] = await Promise.all([
    currentBlocks(db, statement, shown),
    countAnnotations(db, [statement.id]),
    // The import report only: the revision's source text (up to 2 MB) is not sent, so it is not read.
    db.revision.findUniqueOrThrow({
      where: { statementId_number: { statementId: statement.id, number: shown } },
      select: { importReport: true },
    }),
  ]);
  return presentStatement(
    statement,
    blocks.map(presentBlock),
    counts.get(statement.id)!,
    revision.importReport as unknown as ImportReport,
    shown,
  );
}
