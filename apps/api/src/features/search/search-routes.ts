import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { search, searchFacets } from "./search.ts";

/** Search across the corpus (issue 17). */
export function searchRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.search, ({ actor, query }) => search(deps.corpusDb, actor, query));
  mount(r, deps, endpoints.searchFacets, ({ actor, query }) => searchFacets(deps.corpusDb, actor, query));
  return r;
}
