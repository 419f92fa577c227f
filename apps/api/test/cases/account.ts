import type { RouteCases } from "../support/route-cases.ts";

/** Account: workspaces created by an admin (the sessions, tokens and `me` routes are in the core cases). */
export const accountCases: RouteCases = {
  authorization: {
    // A name of its own each time: the admin's earlier workspaces would make a repeated one a conflict.
    createWorkspace: (c, ctx) => c.client.post("/api/workspaces", { name: `Matrix desk ${ctx.next()}` }),
  },
  isolation: {},
  bodies: {
    createWorkspace: { path: () => "/api/workspaces", valid: () => ({ name: "Geneva desk" }), wrongTypes: { name: 5 } },
  },
  queries: {},
};
