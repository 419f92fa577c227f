import { storedJob } from "../support/jobs.ts";
import type { RouteCases } from "../support/route-cases.ts";

/** A job row of the workspace stands in for a started import (import-jobs.test.ts starts real ones). */
export const jobCases: RouteCases = {
  authorization: {
    getJob: async (c, ctx) => c.client.get(`/api/jobs/${await storedJob(ctx.server.db, ctx.author)}`),
  },
  isolation: {
    getJob: {
      prepare: async (ctx) => ({ job: await storedJob(ctx.server.db, ctx.author) }),
      attempts: (outsider, _ctx, ids) => [outsider.get(`/api/jobs/${ids.job}`)],
    },
  },
  bodies: {},
  queries: {},
};
