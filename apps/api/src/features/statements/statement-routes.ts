import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { accepted, mount } from "../../http/route.ts";
import { presentJob } from "../jobs/job.ts";
import { presentStatement } from "./statement.ts";
import { withAbilities, withAbilitiesAll } from "./statement-abilities.ts";
import { countAnnotations } from "./count-annotations.ts";
import { createStatement } from "./create-statement.ts";
import { importRunsAsJob } from "./import-size.ts";
import { findDuplicates } from "./find-duplicates.ts";
import { getStatement } from "./get-statement.ts";
import { listStatements } from "./list-statements.ts";

export function statementRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.previewImport, async ({ actor, body }) => {
    const { paragraphs, dropped, metadata, fingerprint } = await deps.work.run("readStatement", body);
    const duplicates = await findDuplicates(db, { workspaceId: actor.workspaceId, fingerprint, work: deps.work });
    return { paragraphs, dropped, metadata, duplicates };
  });

  mount(r, deps, endpoints.createStatement, async ({ actor, body }) => {
    if (importRunsAsJob(body.content)) return accepted({ job: presentJob(await deps.jobs.enqueue("import", body, actor)) });
    const read = await deps.work.run("readStatement", { content: body.content, format: body.format });
    const created = await createStatement(db, { actor, input: body, read });
    const counts = await countAnnotations(db, [created.statement.id]);
    const statement = presentStatement(created.statement, created.blocks, counts.get(created.statement.id)!, created.importReport);
    return { statement: await withAbilities(db, actor, statement) };
  });

  mount(r, deps, endpoints.listStatements, async ({ actor, query }) => {
    const page = await listStatements(db, { workspaceId: actor.workspaceId, ...query });
    return { ...page, items: await withAbilitiesAll(db, actor, page.items) };
  });

  mount(r, deps, endpoints.getStatement, async ({ actor, params, query }) => ({
    statement: await withAbilities(
      db,
      actor,
      await getStatement(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug, revision: query.revision }),
    ),
  }));
  return r;
}
