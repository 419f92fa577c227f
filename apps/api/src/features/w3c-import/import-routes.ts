import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { importW3cAnnotations } from "./import-w3c-annotations.ts";

export function importRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.importW3c, async ({ actor, body, query }) =>
    importW3cAnnotations(deps.db, { actor, work: deps.work, body, statement: query.statement }),
  );
  return r;
}
