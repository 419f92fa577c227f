import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { getJob } from "./get-job.ts";

export function jobRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.getJob, async ({ actor, params }) => ({
    job: await getJob(deps.db, { workspaceId: actor.workspaceId, id: params.id }),
  }));
  return r;
}
