import type { RouteCases } from "../support/route-cases.ts";

/** listActivity names no resource in its path; its statement filter's isolation is tested in activity.test.ts. */
export const activityCases: RouteCases = {
  authorization: {
    listActivity: (c, ctx) => c.client.get(`/api/activity?statement=${ctx.slug}&limit=5`),
  },
  isolation: {},
  bodies: {},
  queries: {
    listActivity: { path: () => "/api/activity", wrongTypes: "member=me&type=everything&limit=500&cursor=x" },
  },
};
