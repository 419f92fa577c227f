import * as A from "./activity.ts";
import { type Endpoint, read } from "./endpoint.ts";

/** Activity: the workspace feed of recent changes. */
export const activityEndpoints = {
  listActivity: {
    method: "get",
    path: "/api/activity",
    summary:
      "The workspace's recent changes to annotations, reviews and comments, newest first; filter by member, statement and type. " +
      "Another workspace's statement is not found (404)",
    access: "viewer",
    query: A.ActivityQuery,
    response: A.ActivityPage,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
