import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { listActivity } from "./list-activity.ts";

export function activityRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.listActivity, async ({ actor, query }) => listActivity(deps.db, { workspaceId: actor.workspaceId, ...query }));
  return r;
}
