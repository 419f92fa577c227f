import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { deleteStatement } from "./delete-statement.ts";
import { deletedStatements } from "./deleted-statements.ts";
import { getStatement } from "./get-statement.ts";
import { restoreStatement } from "./restore-statement.ts";
import { withAbilities, withAbilitiesAll } from "./statement-abilities.ts";
import { statementHistory } from "./statement-history.ts";
import { updateStatement } from "./update-statement.ts";

/**
 * Editing, deleting and restoring statements, their history and the deleted ones. Mounted before statementRoutes:
 * GET /api/statements/deleted must be matched before GET /api/statements/:idOrSlug takes "deleted" for a slug
 * (and no statement gets that slug: create-statement.ts reserves it).
 */
export function statementLifecycleRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.listDeletedStatements, async ({ actor }) => ({
    items: await withAbilitiesAll(db, actor, await deletedStatements(db, actor.workspaceId)),
  }));

  mount(r, deps, endpoints.updateStatement, async ({ actor, params, body }) => {
    const updated = await updateStatement(db, { actor, idOrSlug: params.idOrSlug, input: body });
    return { statement: await withAbilities(db, actor, await getStatement(db, { workspaceId: actor.workspaceId, idOrSlug: updated.id })) };
  });

  mount(r, deps, endpoints.deleteStatement, async ({ actor, params }) => {
    await deleteStatement(db, { actor, idOrSlug: params.idOrSlug });
  });

  mount(r, deps, endpoints.restoreStatement, async ({ actor, params }) => {
    const restored = await restoreStatement(db, { actor, idOrSlug: params.idOrSlug });
    return { statement: await withAbilities(db, actor, await getStatement(db, { workspaceId: actor.workspaceId, idOrSlug: restored.id })) };
  });

  mount(r, deps, endpoints.statementHistory, async ({ actor, params }) => ({
    items: await statementHistory(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug }),
  }));
  return r;
}
