import { annotate } from "../support/factories.ts";
import type { RouteCases } from "../support/route-cases.ts";

export const compareCases: RouteCases = {
  authorization: {
    compareAnnotators: (c, ctx) =>
      c.client.get(`/api/statements/${ctx.slug}/compare?authors=${ctx.author.userId},${ctx.members.admin.userId}`),
    adoptVersion: async (c, ctx) => {
      const [chosen, other] = [await annotate(ctx.author.client, ctx.slug), await annotate(ctx.author.client, ctx.slug)];
      return c.client.post(`/api/statements/${ctx.slug}/compare/adopt`, {
        annotationId: chosen.id,
        version: 1,
        reject: [{ id: other.id, version: 1 }],
      });
    },
  },
  isolation: {
    compareAnnotators: {
      attempts: (c, ctx) => [
        c.get(`/api/statements/${ctx.isolatedSlug}/compare?authors=${ctx.author.userId},${ctx.outsider.userId}`),
        c.get(`/api/statements/${ctx.statementId}/compare`),
      ],
    },
    adoptVersion: {
      /** The outsider's own statement, to name this workspace's annotation on it. */
      prepare: async (ctx) => {
        const res = await ctx.outsider.client.post("/api/statements", {
          title: "Outsider's own",
          format: "text",
          content: "One paragraph.",
        });
        return { ownSlug: res.body.statement.slug };
      },
      attempts: (c, ctx, ids) => {
        const body = { annotationId: ctx.annotation, version: 1, reject: [] };
        return [
          c.post(`/api/statements/${ctx.isolatedSlug}/compare/adopt`, body),
          c.post(`/api/statements/${ctx.statementId}/compare/adopt`, body),
          c.post(`/api/statements/${ids.ownSlug}/compare/adopt`, body),
        ];
      },
    },
  },
  bodies: {
    adoptVersion: {
      path: (ctx) => `/api/statements/${ctx.slug}/compare/adopt`,
      valid: (ctx) => ({ annotationId: ctx.annotationId, version: 1, reject: [] }),
      wrongTypes: { annotationId: 7, version: "one", reject: [{ id: "x", version: 0 }] },
    },
  },
  queries: {
    compareAnnotators: { path: (ctx) => `/api/statements/${ctx.slug}/compare`, wrongTypes: "authors=ann,bob&kind=opinion" },
  },
};
