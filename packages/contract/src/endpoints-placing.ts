import { AnnotationResponse } from "./annotations.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams } from "./path-params.ts";
import * as P from "./placing.ts";

/** "Needs placing": the fuzzy and orphaned annotations revisions left for a person to confirm, place or drop. */
export const placingEndpoints = {
  listPlacements: {
    method: "get",
    path: "/api/placements",
    summary:
      "The annotations waiting to be placed (fuzzy or orphaned), in one statement or the whole workspace, oldest first: each " +
      "with the quote and paragraph it had beside the current paragraph, and how many wait in each state",
    access: "viewer",
    query: P.PlacementsQuery,
    response: P.PlacementPage,
    status: 200,
    errors: read,
  },
  placeAnnotation: {
    method: "post",
    path: "/api/annotations/:id/placement",
    params: IdParams,
    summary:
      "Settle a waiting annotation: confirm a fuzzy one where it was placed, place it on words of the current text, drop it " +
      "(deleted; the answer is the deleted annotation) or restore a dropped one. Its author, reviewers and admins. " +
      "not_waiting: the annotation is anchored, or (to confirm) an orphan; restoring one that is not deleted is not_found",
    access: "analyst",
    body: P.PlacementRequest,
    response: AnnotationResponse,
    status: 200,
    errors: [...write, "version_conflict", "invalid_target", "revision_changed", "not_waiting"],
  },
} as const satisfies Record<string, Endpoint>;
