import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { listPlacements } from "./list-placements.ts";
import { placeAnnotation } from "./place-annotation.ts";

export function placingRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.listPlacements, ({ actor, query }) => listPlacements(deps.db, { actor, query }));
  mount(r, deps, endpoints.placeAnnotation, async ({ actor, params, body }) => ({
    annotation: presentAnnotationFor(actor)(await placeAnnotation(deps.db, { actor, id: params.id, input: body })),
  }));
  return r;
}
