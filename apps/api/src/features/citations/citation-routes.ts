import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { citeParagraphs } from "./cite-paragraphs.ts";
import { citedBy } from "./cited-by.ts";
import { instrumentMentions } from "./instrument-mentions.ts";
import { instrumentReferences } from "./instrument-references.ts";
import { findSuggestionsInCorpus } from "../suggestions/find-suggestions-in-corpus.ts";

/** The links between statements (issue 16): who cites an instrument, and who cites a statement's paragraphs. */
export function citationRoutes(deps: AppDeps): Router {
  const r = Router();
  mount(r, deps, endpoints.instrumentReferences, ({ actor, params }) => instrumentReferences(deps.db, { actor, key: params.key }));
  mount(r, deps, endpoints.instrumentMentions, ({ actor, params }) => instrumentMentions(deps.db, { actor, key: params.key }));
  mount(r, deps, endpoints.findSuggestions, async ({ actor }) => ({ job: await findSuggestionsInCorpus(deps, actor) }));
  mount(r, deps, endpoints.citedBy, ({ actor, params }) => citedBy(deps.db, { actor, idOrSlug: params.idOrSlug }));
  mount(r, deps, endpoints.citeParagraphs, ({ actor, query }) => citeParagraphs(deps.db, actor, query.refs));
  return r;
}
