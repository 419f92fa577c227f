import { AnnotationResponse } from "./annotations.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { StatementParams } from "./path-params.ts";
import * as S from "./suggestions.ts";
import { z } from "zod";

const SuggestionParams = StatementParams.extend({ id: z.string().max(64).describe("The suggestion's ID") });
const UndoParams = StatementParams.extend({ token: z.string().uuid().describe("The undo token accepting returned") });

/** Suggestions the detector finds in a statement (issue 16): read by every role, accepted and dismissed by analysts. */
export const suggestionEndpoints = {
  listSuggestions: {
    method: "get",
    path: "/api/statements/:idOrSlug/suggestions",
    params: StatementParams,
    summary:
      "Cross-references, commitments and positions found in the statement's current text, each with the attributes the " +
      "annotation would have, its confidence, rule and why; without those the caller dismissed or that an annotation of the " +
      "same kind and target already covers. Computed off the request thread and cached per revision and registry",
    access: "viewer",
    query: S.SuggestionsQuery,
    response: S.SuggestionList,
    status: 200,
    errors: [...read, "server_busy", "too_complex"],
  },
  acceptSuggestion: {
    method: "post",
    path: "/api/statements/:idOrSlug/suggestions/:id/accept",
    params: SuggestionParams,
    summary:
      "Make the suggestion a proposed annotation by the caller (optionally with edited attributes), with provenance " +
      "{ source: suggestion, rule }. not_found: no such suggestion on the current text (or dismissed)",
    access: "analyst",
    body: S.AcceptSuggestionRequest,
    response: AnnotationResponse,
    status: 201,
    errors: [...write, "invalid_target", "invalid_attributes", "revision_changed", "server_busy", "too_complex"],
  },
  acceptSuggestions: {
    method: "post",
    path: "/api/statements/:idOrSlug/suggestions/accept",
    params: StatementParams,
    summary: "Accept every open suggestion of one kind (or the listed ones) at once; the answer's undo token takes them back",
    access: "analyst",
    body: S.AcceptSuggestionsRequest,
    response: S.AcceptedSuggestions,
    status: 201,
    errors: [...write, "invalid_target", "invalid_attributes", "revision_changed", "server_busy", "too_complex"],
  },
  undoAcceptedSuggestions: {
    method: "post",
    path: "/api/statements/:idOrSlug/suggestions/undo/:token",
    params: UndoParams,
    summary: "Delete the annotations one accept-all made, except those changed since; usable once, by the one who accepted",
    access: "analyst",
    response: S.UndoAcceptedSuggestions,
    status: 200,
    errors: [...write, "undo_stale"],
  },
  dismissSuggestion: {
    method: "post",
    path: "/api/statements/:idOrSlug/suggestions/:id/dismiss",
    params: SuggestionParams,
    summary: "Hide the suggestion from the caller for good (on this statement; it counts against its rule)",
    access: "analyst",
    status: 204,
    errors: [...write, "server_busy", "too_complex"],
  },
  suggestionRules: {
    method: "get",
    path: "/api/suggestions/rules",
    summary: "Per rule: how many of its suggestions were accepted, dismissed, and accepted then rejected in review",
    access: "viewer",
    response: S.SuggestionRuleFigures,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
