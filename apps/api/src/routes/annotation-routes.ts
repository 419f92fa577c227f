import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../http/context.ts";
import { mount } from "../http/route.ts";
import { presentAnnotation } from "../presenters/annotation.ts";
import { createAnnotation } from "../use-cases/create-annotation.ts";
import { deleteAnnotation, restoreAnnotation } from "../use-cases/delete-annotation.ts";
import { findAnnotation } from "../use-cases/find-annotation.ts";
import { listAnnotations } from "../use-cases/list-annotations.ts";
import { reviewAnnotation } from "../use-cases/review-annotation.ts";
import { updateAnnotation } from "../use-cases/update-annotation.ts";

export function annotationRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  const id = (p: Record<string, string>) => p.id ?? "";

  mount(r, deps, endpoints.createAnnotation, async ({ actor, params, body }) => ({
    annotation: await createAnnotation(db, { actor: actor!, idOrSlug: params.idOrSlug ?? "", input: body }),
  }));
  mount(r, deps, endpoints.listAnnotations, async ({ actor, params, query }) =>
    listAnnotations(db, { workspaceId: actor!.workspaceId, idOrSlug: params.idOrSlug ?? "", ...query }),
  );
  mount(r, deps, endpoints.getAnnotation, async ({ actor, params }) => ({
    annotation: presentAnnotation(await findAnnotation(db, actor!.workspaceId, id(params))),
  }));
  mount(r, deps, endpoints.updateAnnotation, async ({ actor, params, body }) => ({
    annotation: await updateAnnotation(db, { actor: actor!, id: id(params), input: body }),
  }));
  mount(r, deps, endpoints.deleteAnnotation, async ({ actor, params, query }) => {
    await deleteAnnotation(db, { actor: actor!, id: id(params), version: query.version });
  });
  mount(r, deps, endpoints.restoreAnnotation, async ({ actor, params }) => ({
    annotation: await restoreAnnotation(db, { actor: actor!, id: id(params) }),
  }));
  mount(r, deps, endpoints.reviewAnnotation, async ({ actor, params, body }) => ({
    annotation: await reviewAnnotation(db, { actor: actor!, id: id(params), input: body }),
  }));
  return r;
}
