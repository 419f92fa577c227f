import { expect } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import { importStatement } from "../support/factories.ts";
import type { Caller, IsolationContext, MatrixContext, RouteCases } from "../support/route-cases.ts";

const IMPORTERS = ["analyst", "reviewer", "admin"];

/** A statement the caller imported when their role lets them import, else the other analyst's: the caller may delete it. */
async function ownStatement(c: Caller, ctx: MatrixContext): Promise<{ client: ApiClient; slug: string }> {
  const client = c.self && IMPORTERS.includes(c.self.role) ? c.self.client : ctx.author.client;
  return { client, slug: (await importStatement(client, { title: `Lifecycle matrix ${ctx.next()}` })).slug };
}

async function ownDeletedStatement(c: Caller, ctx: MatrixContext): Promise<string> {
  const { client, slug } = await ownStatement(c, ctx);
  expect((await client.delete(`/api/statements/${slug}`)).status).toBe(204);
  return slug;
}

/** A deleted statement of the isolated workspace, by slug and ID. */
async function isolatedDeleted(ctx: IsolationContext): Promise<Record<string, string>> {
  const s = await importStatement(ctx.author.client, { title: "Isolated, deleted", delegation: "Ruritania" });
  expect((await ctx.author.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
  return { slug: s.slug, id: s.id };
}

export const statementLifecycleCases: RouteCases = {
  authorization: {
    updateStatement: async (c, ctx) => {
      const s = await importStatement(ctx.author.client, { title: `Edit matrix ${ctx.next()}` });
      return c.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Edited in the matrix" });
    },
    deleteStatement: async (c, ctx) => c.client.delete(`/api/statements/${(await ownStatement(c, ctx)).slug}`),
    restoreStatement: async (c, ctx) => c.client.post(`/api/statements/${await ownDeletedStatement(c, ctx)}/restore`),
    listDeletedStatements: (c) => c.client.get("/api/statements/deleted"),
    statementHistory: (c, ctx) => c.client.get(`/api/statements/${ctx.slug}/history`),
  },
  isolation: {
    updateStatement: {
      attempts: (o, ctx) => [
        o.patch(`/api/statements/${ctx.isolatedSlug}`, { version: 1, title: "Outsider" }),
        o.patch(`/api/statements/${ctx.statementId}`, { version: 1, title: "Outsider" }),
      ],
    },
    deleteStatement: {
      attempts: (o, ctx) => [o.delete(`/api/statements/${ctx.isolatedSlug}`), o.delete(`/api/statements/${ctx.statementId}`)],
    },
    restoreStatement: {
      prepare: isolatedDeleted,
      attempts: (o, _ctx, ids) => [o.post(`/api/statements/${ids.slug}/restore`), o.post(`/api/statements/${ids.id}/restore`)],
    },
    statementHistory: {
      attempts: (o, ctx) => [o.get(`/api/statements/${ctx.isolatedSlug}/history`), o.get(`/api/statements/${ctx.statementId}/history`)],
    },
  },
  bodies: {
    updateStatement: {
      path: (ctx) => `/api/statements/${ctx.slug}`,
      valid: () => ({ version: 1, title: "A corrected title" }),
      wrongTypes: { version: "one", title: 5, date: "yesterday", language: ["en"], sourceUrl: 7 },
    },
  },
  queries: {},
};
