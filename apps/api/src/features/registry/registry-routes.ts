import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { addDelegation } from "./add-delegation.ts";
import { listDelegations } from "./list-delegations.ts";

/** The registry of delegations and groups that statements are normalised to (issue 15). */
export function registryRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.listDelegations, ({ actor }) => listDelegations(deps.db, { actor }));
  mount(r, deps, endpoints.addDelegation, ({ actor, body }) => addDelegation(deps.db, { actor, input: body }));
  return r;
}
