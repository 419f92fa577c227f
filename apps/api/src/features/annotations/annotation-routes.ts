import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { idempotencyKeyOf } from "../../http/idempotency-key.ts";
import { mount } from "../../http/route.ts";
import { presentAnnotation } from "./annotation.ts";
import { presentAnnotationFor } from "./annotation-for-viewer.ts";
import { createAnnotation } from "./create-annotation.ts";
import { createAnnotationOnce } from "./create-annotation-once.ts";
import { deleteAnnotation, restoreAnnotation } from "./delete-annotation.ts";
import { findAnnotation } from "./find-annotation.ts";
import { listAnnotations } from "./list-annotations.ts";
import { reviewAnnotation } from "../review/review-annotation.ts";
import { updateAnnotation } from "./update-annotation.ts";

export function annotationRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.createAnnotation, async ({ actor, params, body }, req, res) => {
    const create = { actor, idOrSlug: params.idOrSlug, input: body };
    const present = presentAnnotationFor(actor);
    const key = idempotencyKeyOf(req);
    if (key === undefined) return { annotation: present(await createAnnotation(db, create)) };
    const result = await createAnnotationOnce(db, { ...create, key, status: endpoints.createAnnotation.status });
    // Only successes are stored (see create-annotation-once.ts), so a replay's status is this endpoint's own.
    if (result.replayed) res.set("Idempotent-Replayed", "true");
    return { annotation: present(result.annotation) };
  });
  mount(r, deps, endpoints.listAnnotations, async ({ actor, params, query }) => {
    const page = await listAnnotations(db, { workspaceId: actor.workspaceId, idOrSlug: params.idOrSlug, ...query });
    return { ...page, items: page.items.map(presentAnnotationFor(actor)) };
  });
  mount(r, deps, endpoints.getAnnotation, async ({ actor, params }) => ({
    annotation: presentAnnotationFor(actor)(presentAnnotation(await findAnnotation(db, actor.workspaceId, params.id))),
  }));
  mount(r, deps, endpoints.updateAnnotation, async ({ actor, params, body }) => ({
    annotation: presentAnnotationFor(actor)(await updateAnnotation(db, { actor, id: params.id, input: body })),
  }));
  mount(r, deps, endpoints.deleteAnnotation, async ({ actor, params, query }) => {
    await deleteAnnotation(db, { actor, id: params.id, version: query.version });
  });
  mount(r, deps, endpoints.restoreAnnotation, async ({ actor, params }) => ({
    annotation: presentAnnotationFor(actor)(await restoreAnnotation(db, { actor, id: params.id })),
  }));
  mount(r, deps, endpoints.reviewAnnotation, async ({ actor, params, body }) => ({
    annotation: presentAnnotationFor(actor)(await reviewAnnotation(db, { actor, id: params.id, input: body })),
  }));
  return r;
}
