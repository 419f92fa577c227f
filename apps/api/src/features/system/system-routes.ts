import { buildOpenApiDocument, endpoints } from "@verbatim/contract";
import { Router } from "express";
import { pingDatabase } from "../../db/ping-database.ts";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";

/** Health for load balancers and the OpenAPI document, generated once from the contract. */
export function systemRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  const openapi = buildOpenApiDocument();
  mount(r, deps, endpoints.health, async () => {
    await pingDatabase(db);
    return { status: "ok" as const, database: deps.databaseKind };
  });
  mount(r, deps, endpoints.openapi, async () => openapi);
  return r;
}
