import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { readMatrix } from "./read-matrix.ts";
import { readPassages } from "./read-passages.ts";

/** Retrieved passages and the matrix (issue 17). */
export function analysisRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.passages, ({ actor, query }) => readPassages(deps.corpusDb, actor, query));
  mount(r, deps, endpoints.matrix, ({ actor, query }) => readMatrix(deps.corpusDb, actor, query));
  return r;
}
