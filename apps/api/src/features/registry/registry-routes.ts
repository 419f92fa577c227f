import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { addDelegation } from "./add-delegation.ts";
import { listDelegations } from "./list-delegations.ts";
import { normaliseStatements } from "./normalise-statements.ts";
import { statementsToNormalise } from "./statements-to-normalise.ts";

/** The registry of delegations and groups that statements are normalised to (issue 15). */
export function registryRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.listDelegations, ({ actor }) => listDelegations(deps.db, { actor }));
  mount(r, deps, endpoints.addDelegation, ({ actor, body }) => addDelegation(deps.db, { actor, input: body }));
  mount(r, deps, endpoints.statementsToNormalise, async ({ actor }) => ({
    items: (await statementsToNormalise(deps.db, actor)).map(({ version: _version, ...item }) => item),
  }));
  mount(r, deps, endpoints.normaliseStatements, ({ actor }) => normaliseStatements(deps.db, { actor }));
  return r;
}
