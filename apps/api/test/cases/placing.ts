import type { Caller, MatrixContext, RouteCases } from "../support/route-cases.ts";
import { currentVersion, orphaned } from "../support/placing-fixture.ts";

/** An orphan the caller may settle: their own when they may annotate, else another analyst's (refused by role first). */
async function waitingFor(c: Caller, ctx: MatrixContext): Promise<string> {
  const own = c.self && c.self.role !== "viewer" ? c.self.client : ctx.author.client;
  return (await orphaned(own)).id;
}

export const placingCases: RouteCases = {
  authorization: {
    listPlacements: (c) => c.client.get("/api/placements?state=fuzzy,orphaned&limit=5"),
    placeAnnotation: async (c, ctx) => {
      const id = await waitingFor(c, ctx);
      return c.client.post(`/api/annotations/${id}/placement`, { version: await currentVersion(ctx.author.client, id), action: "drop" });
    },
  },
  isolation: {
    placeAnnotation: {
      attempts: (outsider, ctx) => [
        outsider.post(`/api/annotations/${ctx.annotation}/placement`, { version: 1, action: "drop" }),
        outsider.post(`/api/annotations/${ctx.deleted}/placement`, { version: 2, action: "restore" }),
      ],
    },
  },
  bodies: {
    placeAnnotation: {
      path: (ctx) => `/api/annotations/${ctx.annotationId}/placement`,
      valid: () => ({ version: 1, action: "confirm" }),
      wrongTypes: { version: "1", action: "place", target: { paragraphId: 2 } },
    },
  },
  queries: {
    listPlacements: { path: () => "/api/placements", wrongTypes: "state=anchored&limit=abc" },
  },
};
