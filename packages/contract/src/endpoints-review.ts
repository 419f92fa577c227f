import { type Endpoint, read } from "./endpoint.ts";
import { IdParams } from "./path-params.ts";
import * as R from "./review.ts";

/** Review: the queue of proposed annotations and each annotation's history. */
export const reviewEndpoints = {
  reviewQueue: {
    method: "get",
    path: "/api/reviews/queue",
    summary:
      "Annotations awaiting review across the workspace's statements, oldest first, each with its statement and paragraph; " +
      "filters statement (slugs), author, kind, label, status (proposed by default, or disputed), assignedToMe (only statements the " +
      "caller has an open review assignment for); facets by statement and author",
    access: "reviewer",
    query: R.ReviewQueueQuery,
    response: R.ReviewQueuePage,
    status: 200,
    errors: read,
  },
  annotationHistory: {
    method: "get",
    path: "/api/annotations/:id/history",
    params: IdParams,
    summary:
      "Everything that happened to an annotation, oldest first: who created, changed, reviewed, deleted or restored it and when, " +
      "with each changed field's old and new value (deleted annotations too)",
    access: "viewer",
    response: R.AnnotationHistory,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
