import { type Endpoint, read } from "./endpoint.ts";
import { JobResponse } from "./jobs.ts";
import { IdParams } from "./path-params.ts";

/** Jobs: work that an endpoint answered 202 for, followed here until it ends. */
export const jobEndpoints = {
  getJob: {
    method: "get",
    path: "/api/jobs/:id",
    params: IdParams,
    summary:
      "A job of this workspace: its state, progress, and once it ends its result or error; poll it while it is queued or running. " +
      "Another workspace's job is not found (404)",
    access: "viewer",
    response: JobResponse,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
