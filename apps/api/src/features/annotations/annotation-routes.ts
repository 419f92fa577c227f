import { AnnotationResponse, endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { idempotencyKeyOf } from "../../http/idempotency-key.ts";
import { mount } from "../../http/route.ts";
import { presentAnnotation } from "./annotation.ts";
import { createAnnotation } from "./create-annotation.ts";
import { createAnnotationOnce } from "./create-annotation-once.ts";
import { deleteAnnotation, restoreAnnotation } from "./delete-annotation.ts";
import { findAnnotation } from "./find-annotation.ts";
import { listAnnotations } from "./list-annotations.ts";
import { reviewAnnotation } from "../review/review-annotation.ts";
import { updateAnnotation } from "./update-annotation.ts";

/** Answers stored before annotations carried `review` lack it; a create's answer is never reviewed yet. */
function withReviewField(body: unknown): unknown {
  const annotation = (body as { annotation?: Record<string, unknown> } | null)?.annotation;
  if (!annotation || "review" in annotation) return body;
  return { ...(body as object), annotation: { ...annotation, review: null } };
}

export function annotationRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  const id = (p: Record<string, string>) => p.id ?? "";

  mount(r, deps, endpoints.createAnnotation, async ({ actor, params, body }, req, res) => {
    const create = { actor: actor!, idOrSlug: params.idOrSlug ?? "", input: body };
    const key = idempotencyKeyOf(req);
    if (key === undefined) return { annotation: await createAnnotation(db, create) };
    const result = await createAnnotationOnce(db, { ...create, key, status: endpoints.createAnnotation.status });
    if (!result.replayed) return { annotation: result.annotation };
    // Only successes are stored (see create-annotation-once.ts), so the stored status is this endpoint's own.
    res.set("Idempotent-Replayed", "true");
    return AnnotationResponse.parse(withReviewField(result.answer.body));
  });
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
