import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { createSavedView } from "./create-saved-view.ts";
import { deleteSavedView } from "./delete-saved-view.ts";
import { getSavedView } from "./get-saved-view.ts";
import { listSavedViews } from "./list-saved-views.ts";
import { restoreSavedView } from "./restore-saved-view.ts";
import { updateSavedView } from "./update-saved-view.ts";

export function savedViewRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  mount(r, deps, endpoints.listSavedViews, ({ actor, query }) => listSavedViews(db, { actor, kind: query.kind }));
  mount(r, deps, endpoints.getSavedView, ({ actor, params }) => getSavedView(db, { actor, id: params.id }));
  mount(r, deps, endpoints.createSavedView, ({ actor, body }) => createSavedView(db, { actor, request: body }));
  mount(r, deps, endpoints.updateSavedView, ({ actor, params, body }) => updateSavedView(db, { actor, id: params.id, request: body }));
  mount(r, deps, endpoints.deleteSavedView, ({ actor, params }) => deleteSavedView(db, { actor, id: params.id }));
  mount(r, deps, endpoints.restoreSavedView, ({ actor, params }) => restoreSavedView(db, { actor, id: params.id }));
  return r;
}
