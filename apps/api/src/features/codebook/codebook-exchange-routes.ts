import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { importQdc } from "./import-qdc.ts";

/** REFI-QDA codebook exchange: a `.qdc` read into the codebook (its export is a format of GET /api/exports). */
export function codebookExchangeRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.importQdc, ({ actor, upload }) => importQdc(deps.db, deps.work, { actor, file: upload?.file ?? null }));
  return r;
}
