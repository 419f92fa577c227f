import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { annotationHistory } from "./annotation-history.ts";
import { reviewQueue } from "./review-queue.ts";

export function reviewRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.reviewQueue, ({ actor, query }) => reviewQueue(deps.db, { actor, query }));
  mount(r, deps, endpoints.annotationHistory, ({ actor, params }) => annotationHistory(deps.db, { actor, id: params.id }));
  return r;
}
