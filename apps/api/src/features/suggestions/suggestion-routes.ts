import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { presentAnnotationFor } from "../annotations/annotation-for-viewer.ts";
import { acceptSuggestion } from "./accept-suggestion.ts";
import { acceptSuggestions } from "./accept-suggestions.ts";
import { dismissSuggestion } from "./dismiss-suggestion.ts";
import { listSuggestions } from "./list-suggestions.ts";
import { suggestionRuleFigures } from "./suggestion-rule-figures.ts";
import { undoAcceptedSuggestions } from "./undo-accepted-suggestions.ts";

/** Suggestions found in a statement's text (issue 16): listed, accepted as annotations, dismissed, and judged per rule. */
export function suggestionRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;

  mount(r, deps, endpoints.listSuggestions, ({ actor, params, query }) =>
    listSuggestions(deps, { actor, idOrSlug: params.idOrSlug, kinds: query.kind }),
  );
  // Before …/:id/accept, which the same number of path segments would otherwise match.
  mount(r, deps, endpoints.undoAcceptedSuggestions, ({ actor, params }) =>
    undoAcceptedSuggestions(db, { actor, idOrSlug: params.idOrSlug, token: params.token }),
  );
  mount(r, deps, endpoints.acceptSuggestions, async ({ actor, params, body }) => {
    const accepted = await acceptSuggestions(deps, { actor, idOrSlug: params.idOrSlug, input: body });
    return { annotations: accepted.annotations.map(presentAnnotationFor(actor)), undo: accepted.undo };
  });
  mount(r, deps, endpoints.acceptSuggestion, async ({ actor, params, body }) => ({
    annotation: presentAnnotationFor(actor)(await acceptSuggestion(deps, { actor, idOrSlug: params.idOrSlug, id: params.id, input: body })),
  }));
  mount(r, deps, endpoints.dismissSuggestion, async ({ actor, params }) => {
    await dismissSuggestion(deps, { actor, idOrSlug: params.idOrSlug, id: params.id });
  });
  mount(r, deps, endpoints.suggestionRules, ({ actor }) => suggestionRuleFigures(db, actor.workspaceId));
  return r;
}
