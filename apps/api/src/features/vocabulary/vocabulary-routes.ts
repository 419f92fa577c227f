import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { listLabels } from "./list-labels.ts";
import { searchParagraphs } from "./search-paragraphs.ts";

export function vocabularyRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.listLabels, async ({ actor }) => listLabels(deps.db, actor.workspaceId));
  mount(r, deps, endpoints.searchParagraphs, async ({ actor, query }) =>
    searchParagraphs(deps.db, { workspaceId: actor.workspaceId, ...query }),
  );
  return r;
}
