import { expect } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { importStatement, SAMPLE_TEXT } from "../support/factories.ts";
import type { RouteCases } from "../support/route-cases.ts";

/** SAMPLE_TEXT with one paragraph more: a revision any statement imported from it can take. */
const REVISED = `${SAMPLE_TEXT}\n\nWe also support the new protocol.`;
const revision = (content = REVISED) => ({ format: "text", content, note: "Corr.1" });

/** A statement of its own for each call, imported by `client`, with `revisions` revisions in all. */
async function statementWith(client: ApiClient, title: string, revisions = 1): Promise<string> {
  const { slug } = await importStatement(client, { title });
  for (let n = 2; n <= revisions; n++) {
    const res = await client.post(`/api/statements/${slug}/revisions`, revision(`${REVISED}\n\nRevision ${n}.`));
    expect(res.status, res.text).toBe(201);
  }
  return slug;
}

export const revisionCases: RouteCases = {
  authorization: {
    createRevision: async (c, ctx) =>
      c.client.post(`/api/statements/${await statementWith(ctx.author.client, `Revision matrix ${ctx.next()}`)}/revisions`, revision()),
    previewRevision: (c, ctx) => c.client.post(`/api/statements/${ctx.slug}/revisions/preview`, revision()),
    listRevisions: (c, ctx) => c.client.get(`/api/statements/${ctx.slug}/revisions`),
    revisionDiff: async (c, ctx) =>
      c.client.get(`/api/statements/${await statementWith(ctx.author.client, `Diff matrix ${ctx.next()}`, 2)}/revisions/2/diff`),
  },
  isolation: {
    createRevision: {
      attempts: (o, ctx) => [
        o.post(`/api/statements/${ctx.isolatedSlug}/revisions`, revision()),
        o.post(`/api/statements/${ctx.statementId}/revisions`, revision()),
      ],
    },
    previewRevision: {
      attempts: (o, ctx) => [o.post(`/api/statements/${ctx.isolatedSlug}/revisions/preview`, revision())],
    },
    listRevisions: {
      attempts: (o, ctx) => [o.get(`/api/statements/${ctx.isolatedSlug}/revisions`), o.get(`/api/statements/${ctx.statementId}/revisions`)],
    },
    revisionDiff: {
      prepare: async (ctx) => ({ slug: await statementWith(ctx.author.client, "Isolated, revised", 2) }),
      attempts: (o, _ctx, ids) => [o.get(`/api/statements/${ids.slug}/revisions/2/diff`)],
    },
  },
  bodies: {
    createRevision: {
      path: (ctx) => `/api/statements/${ctx.slug}/revisions`,
      valid: () => revision(),
      wrongTypes: { format: "pdf", content: 7, note: ["Corr.1"], baseRevision: "two" },
    },
    previewRevision: {
      path: (ctx) => `/api/statements/${ctx.slug}/revisions/preview`,
      valid: () => revision(),
      wrongTypes: { format: 5, content: null, note: 3, baseRevision: 0 },
    },
  },
  queries: {
    revisionDiff: { path: (ctx) => `/api/statements/${ctx.slug}/revisions/1/diff`, wrongTypes: "against=first" },
  },
};
