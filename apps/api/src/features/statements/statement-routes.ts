import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { accepted, mount } from "../../http/route.ts";
import { presentJob } from "../jobs/job.ts";
import { presentStatement } from "./statement.ts";
import { statementAbilities } from "./statement-policy.ts";
import { countAnnotations } from "./count-annotations.ts";
import { createStatement } from "./create-statement.ts";
import { importRunsAsJob } from "./import-size.ts";
import { getStatement } from "./get-statement.ts";
import { listStatements } from "./list-statements.ts";

export function statementRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.previewImport, async ({ body }) => {
    const { paragraphs, dropped, metadata } = await deps.work.run("readStatement", body);
    return { paragraphs, dropped, metadata };
  });

  mount(r, deps, endpoints.createStatement, async ({ actor, body }) => {
    if (importRunsAsJob(body.content)) return accepted({ job: presentJob(await deps.jobs.enqueue("import", body, actor)) });
    const read = await deps.work.run("readStatement", { content: body.content, format: body.format });
    const created = await createStatement(db, { actor, input: body, read });
    const counts = await countAnnotations(db, [created.statement.id]);
    const statement = presentStatement(created.statement, created.blocks, counts.get(created.statement.id)!, created.importReport);
    return { statement: { ...statement, can: statementAbilities(actor) } };
  });

  mount(r, deps, endpoints.listStatements, async ({ actor, query }) => {
    const page = await listStatements(db, { workspaceId: actor.workspaceId, ...query });
    const can = statementAbilities(actor);
    return { ...page, items: page.items.map((s) => ({ ...s, can })) };
  });

  mount(r, deps, endpoints.getStatement, async ({ actor, params }) => ({
    statement: {
      ...(await getStatement(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug })),
      can: statementAbilities(actor),
    },
  }));
  return r;
}
