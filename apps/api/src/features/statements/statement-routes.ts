import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import { mount } from "../../http/route.ts";
import type { AppDeps } from "../../http/context.ts";
import { withAbilities, withAbilitiesAll } from "./statement-abilities.ts";
import { getStatement } from "./get-statement.ts";
import { listStatements } from "./list-statements.ts";

export function statementRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

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
