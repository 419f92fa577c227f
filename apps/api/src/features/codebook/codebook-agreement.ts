import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { readCodedStatements } from "./code-agreement-sql.ts";

/** Per-code agreement across the workspace's statements, for the codebook page (computed off the request thread). */
export async function codebookAgreement(db: Db, work: WorkPool, actor: Actor) {
  const statements = await readCodedStatements(db, actor.workspaceId);
  const figures = await work.run("agreeOnCodes", statements);
  return {
    items: figures.map((f) => ({
      codeId: f.codeId,
      alpha: f.alpha.alpha,
      ac1: f.ac1.ac1,
      units: f.units,
      taggedByAny: f.taggedByAny,
      statements: f.statements,
      annotators: f.annotators,
    })),
  };
}
