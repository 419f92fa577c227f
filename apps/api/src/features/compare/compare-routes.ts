import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { adoptVersion } from "./adopt-version.ts";
import { compareAnnotators } from "./compare-annotators.ts";

export function compareRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  mount(r, deps, endpoints.compareAnnotators, async ({ actor, params, query }) =>
    compareAnnotators(db, {
      viewer: actor,
      workspaceId: actor.workspaceId,
      idOrSlug: params.idOrSlug,
      authors: query.authors,
      kinds: query.kind,
    }),
  );
  mount(r, deps, endpoints.adoptVersion, async ({ actor, params, body }) =>
    adoptVersion(db, { actor, idOrSlug: params.idOrSlug, input: body }),
  );
  return r;
}
