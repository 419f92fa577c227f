import { storedJob } from "../support/jobs.ts";
import type { RouteCases } from "../support/route-cases.ts";

export const citationCases: RouteCases = {
  authorization: {
    instrumentReferences: (c) => c.client.get("/api/instruments/UNTOC/references"),
    instrumentMentions: (c) => c.client.get("/api/instruments/UNTOC/mentions"),
    // A run already queued is answered (this server works no jobs; citations.test.ts runs real ones).
    findSuggestions: async (c, ctx) => {
      await storedJob(ctx.server.db, ctx.author, "findSuggestions");
      return c.client.post("/api/suggestions/find", {});
    },
    citedBy: (c, ctx) => c.client.get(`/api/statements/${ctx.slug}/cited-by`),
    citeParagraphs: (c, ctx) => c.client.get(`/api/citations?refs=${encodeURIComponent(`${ctx.slug}#p2`)}`),
  },
  isolation: {
    // Another workspace's registry entry, and its statement by slug and ID.
    instrumentReferences: { attempts: (outsider) => [outsider.get("/api/instruments/ONLY-HERE/references")] },
    instrumentMentions: { attempts: (outsider) => [outsider.get("/api/instruments/ONLY-HERE/mentions")] },
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
