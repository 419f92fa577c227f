import type { RouteCases } from "../support/route-cases.ts";

export const reviewCases: RouteCases = {
  authorization: {
    reviewQueue: (c) => c.client.get("/api/reviews/queue?status=proposed,disputed&limit=5"),
    annotationHistory: (c, ctx) => c.client.get(`/api/annotations/${ctx.foreignAnnotation}/history`),
  },
  isolation: {
    annotationHistory: {
      attempts: (outsider, ctx) => [
        outsider.get(`/api/annotations/${ctx.annotation}/history`),
        outsider.get(`/api/annotations/${ctx.deleted}/history`),
      ],
    },
  },
  bodies: {},
  queries: {
    reviewQueue: { path: () => "/api/reviews/queue", wrongTypes: "limit=abc&kind=opinion&author=me&status=accepted&assignedToMe=maybe" },
  },
};
