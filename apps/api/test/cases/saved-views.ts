import { randomUUID } from "node:crypto";
import type { ApiClient } from "../support/api-client.ts";
import type { Caller, IsolationContext, MatrixContext, RouteCases } from "../support/route-cases.ts";

const SAVERS = ["analyst", "reviewer", "admin"];

/** A view saved by `by` (a fresh name each time); answers its ID. */
async function saveView(by: ApiClient, ctx: MatrixContext): Promise<string> {
  const res = await by.post("/api/views", { kind: "search", name: `Matrix view ${ctx.next()}`, params: "q=crime" });
  if (res.status !== 201) throw new Error(`could not save a view: ${res.text}`);
  return res.body.view.id;
}

/** The caller's own view when their role saves views (so they may change it), else the author's. */
const ownView = (c: Caller, ctx: MatrixContext) =>
  saveView(c.self && SAVERS.includes(c.self.role) ? c.self.client : ctx.author.client, ctx);

async function ownDeletedView(c: Caller, ctx: MatrixContext): Promise<string> {
  const owner = c.self && SAVERS.includes(c.self.role) ? c.self.client : ctx.author.client;
  const id = await saveView(owner, ctx);
  const res = await owner.delete(`/api/views/${id}`);
  if (res.status !== 204) throw new Error(`could not delete a view: ${res.text}`);
  return id;
}

/** A view in the isolated workspace, live or deleted. */
const isolatedView =
  (deleted: boolean) =>
  async (ctx: IsolationContext): Promise<Record<string, string>> => {
    const row = await ctx.server.db.savedView.create({
      data: {
        workspaceId: ctx.author.workspaceId,
        createdById: ctx.author.userId,
        kind: "passages",
        name: `Isolated ${randomUUID()}`,
        params: "topic=cybercrime",
        deletedAt: deleted ? new Date() : null,
      },
    });
    return { view: row.id };
  };

export const savedViewCases: RouteCases = {
  authorization: {
    listSavedViews: (c) => c.client.get("/api/views?kind=search"),
    getSavedView: async (c, ctx) => c.client.get(`/api/views/${await saveView(ctx.author.client, ctx)}`),
    createSavedView: (c, ctx) => c.client.post("/api/views", { kind: "matrix", name: `Created ${ctx.next()}`, params: "rows=topic" }),
    updateSavedView: async (c, ctx) => c.client.patch(`/api/views/${await ownView(c, ctx)}`, { name: `Renamed ${ctx.next()}` }),
    deleteSavedView: async (c, ctx) => c.client.delete(`/api/views/${await ownView(c, ctx)}`),
    restoreSavedView: async (c, ctx) => c.client.post(`/api/views/${await ownDeletedView(c, ctx)}/restore`),
  },
  isolation: {
    getSavedView: { prepare: isolatedView(false), attempts: (outsider, _ctx, ids) => [outsider.get(`/api/views/${ids.view}`)] },
    updateSavedView: {
      prepare: isolatedView(false),
      attempts: (outsider, _ctx, ids) => [outsider.patch(`/api/views/${ids.view}`, { name: "Taken over" })],
    },
    deleteSavedView: { prepare: isolatedView(false), attempts: (outsider, _ctx, ids) => [outsider.delete(`/api/views/${ids.view}`)] },
    restoreSavedView: {
      prepare: isolatedView(true),
      attempts: (outsider, _ctx, ids) => [outsider.post(`/api/views/${ids.view}/restore`)],
    },
  },
  bodies: {
    createSavedView: {
      path: () => "/api/views",
      valid: () => ({ kind: "search", name: `Body case ${randomUUID()}`, params: "q=crime" }),
      wrongTypes: { kind: "chart", name: 7, params: ["q=crime"] },
    },
    // The body is checked before the view is looked up, so any ID will do here.
    updateSavedView: {
      path: () => `/api/views/${randomUUID()}`,
      valid: () => ({ name: "Renamed" }),
      wrongTypes: { name: 7, params: false },
    },
  },
  queries: {
    listSavedViews: { path: () => "/api/views", wrongTypes: "kind=chart" },
  },
};
