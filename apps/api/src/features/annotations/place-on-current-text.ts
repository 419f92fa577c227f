import type { Db } from "../../db/database.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { assertRevisionCurrent, findStatement } from "../statements/find-statement.ts";
import { anchorTarget, spanOf, type TargetRequest } from "./anchor-target.ts";
import { spanBlocks } from "./span-blocks-sql.ts";

/**
 * The columns that put an annotation on a span of its statement's current text, the quote computed as a create
 * computes it: placed by a person, so anchored there, whatever a revision had made of it. An edit's new target and
 * a placement from "Needs placing" both write these.
 */
export async function placeOnCurrentText(
  db: Db,
  opts: { workspaceId: string; statementId: string; target: TargetRequest; baseRevision: number | undefined },
): Promise<Prisma.AnnotationUpdateManyMutationInput> {
  const statement = await findStatement(db, opts.workspaceId, opts.statementId);
  assertRevisionCurrent(statement, opts.baseRevision);
  const { target, quote } = anchorTarget(await spanBlocks(db, statement, spanOf(opts.target)), opts.target);
  return {
    paragraphId: target.paragraphId,
    start: target.start,
    end: target.end,
    endParagraphId: target.endParagraphId ?? null,
    revision: statement.currentRevision,
    anchorRevision: statement.currentRevision,
    anchorState: "anchored",
    previousQuote: Prisma.DbNull,
    ...quote,
  };
}
