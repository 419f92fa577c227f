import type { Viewer } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { Statement } from "../../generated/prisma/client.ts";
import { AppError } from "../../http/app-error.ts";
import { countAnnotations } from "./count-annotations.ts";
import { presentStatementSummary } from "./statement.ts";
import { withAbilities } from "./statement-abilities.ts";

/**
 * 409 with the statement as it is now, presented for the caller (its summary, with `can`; not its paragraphs,
 * which an edit of the metadata never changes): the client shows what changed and reloads.
 */
export async function statementConflict(db: Db, viewer: Viewer, current: Statement): Promise<AppError> {
  const counts = await countAnnotations(db, [current.id]);
  return new AppError("version_conflict", `the statement changed since the version you sent; it is now at version ${current.version}`, {
    current: await withAbilities(db, viewer, presentStatementSummary(current, counts.get(current.id)!)),
  });
}
