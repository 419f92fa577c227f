import { buildOpenApiDocument, endpoints, type Health } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { checkDatabase } from "./check-database.ts";

/** Long enough for a round trip on a loaded machine, short enough for a load balancer's probe. */
const HEALTH_TIMEOUT_MS = 2_000;

/** Health for load balancers and the OpenAPI document, generated once from the contract. */
export function systemRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  const openapi = buildOpenApiDocument();
  // Not mount(): health reads no credentials (that would ask the very database it checks), and its 503 is not an
  // error body but the contract's Health, which says what is down.
  r.get(endpoints.health.path, async (_req, res) => {
    const up = await checkDatabase(db, HEALTH_TIMEOUT_MS);
    const health: Health = up ? { status: "ok", database: deps.databaseKind } : { status: "unavailable", database: "down" };
    // A cached answer would report a database that has since gone down, or come back.
    res.setHeader("Cache-Control", "no-store");
    res.status(up ? endpoints.health.status : 503).json(health);
  });
  mount(r, deps, endpoints.openapi, async () => openapi);
  return r;
}
