import type { RouteCases } from "../support/route-cases.ts";

export const citationCases: RouteCases = {
  authorization: {
    instrumentReferences: (c) => c.client.get("/api/instruments/UNTOC/references"),
    citedBy: (c, ctx) => c.client.get(`/api/statements/${ctx.slug}/cited-by`),
    citeParagraphs: (c, ctx) => c.client.get(`/api/citations?refs=${encodeURIComponent(`${ctx.slug}#p2`)}`),
  },
  isolation: {
    // Another workspace's registry entry, and its statement by slug and ID.
    instrumentReferences: { attempts: (outsider) => [outsider.get("/api/instruments/ONLY-HERE/references")] },
    citedBy: {
      attempts: (outsider, ctx) => [
        outsider.get(`/api/statements/${ctx.isolatedSlug}/cited-by`),
        outsider.get(`/api/statements/${ctx.statementId}/cited-by`),
      ],
    },
  },
  bodies: {},
  queries: {
    citeParagraphs: { path: () => "/api/citations", wrongTypes: `refs=${"x,".repeat(201)}x` },
  },
};
