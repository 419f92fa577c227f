import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.ts";

export function tokenRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  mount(r, deps, endpoints.listTokens, async ({ actor }) => listApiTokens(db, { userId: actor.userId, workspaceId: actor.workspaceId }));
  mount(r, deps, endpoints.createToken, async ({ actor, body }) =>
    createApiToken(db, { userId: actor.userId, workspaceId: actor.workspaceId, name: body.name }),
  );
  mount(r, deps, endpoints.revokeToken, async ({ actor, params }) =>
    revokeApiToken(db, { userId: actor.userId, workspaceId: actor.workspaceId, id: params.id }),
  );
  return r;
}
