import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { ApiClient } from "../support/api-client.ts";
import type { Caller, MatrixContext, RouteCases } from "../support/route-cases.ts";

/** A comment on the annotation, written by the client; deleted too when asked. */
async function commentBy(client: ApiClient, annotationId: string, opts: { deleted?: boolean } = {}): Promise<string> {
  const res = await client.post(`/api/annotations/${annotationId}/comments`, { body: "A comment to act on." });
  expect(res.status, res.text).toBe(201);
  const id: string = res.body.comment.id;
  if (opts.deleted) expect((await client.delete(`/api/comments/${id}`)).status).toBe(204);
  return id;
}

/** The caller's own comment when their role lets them comment, else the other analyst's. */
const ownComment = (c: Caller, ctx: MatrixContext, opts: { deleted?: boolean } = {}) => {
  const writer = c.self && c.self.role !== "viewer" ? c.self.client : ctx.author.client;
  return commentBy(writer, ctx.foreignAnnotation, opts);
};

export const discussionCases: RouteCases = {
  authorization: {
    listStatementComments: (c, ctx) => c.client.get(`/api/statements/${ctx.slug}/comments`),
    listAnnotationComments: (c, ctx) => c.client.get(`/api/annotations/${ctx.foreignAnnotation}/comments`),
    createComment: (c, ctx) => c.client.post(`/api/annotations/${ctx.foreignAnnotation}/comments`, { body: "From the matrix." }),
    updateComment: async (c, ctx) => c.client.patch(`/api/comments/${await ownComment(c, ctx)}`, { version: 1, body: "Edited." }),
    deleteComment: async (c, ctx) => c.client.delete(`/api/comments/${await ownComment(c, ctx)}`),
    restoreComment: async (c, ctx) => c.client.post(`/api/comments/${await ownComment(c, ctx, { deleted: true })}/restore`),
    listInbox: (c) => c.client.get("/api/inbox?filter=unread"),
    inboxCount: (c) => c.client.get("/api/inbox/count"),
    markInboxRead: (c) => c.client.post("/api/inbox/read", { all: true }),
  },
  isolation: {
    listStatementComments: {
      attempts: (o, ctx) => [o.get(`/api/statements/${ctx.isolatedSlug}/comments`), o.get(`/api/statements/${ctx.statementId}/comments`)],
    },
    listAnnotationComments: { attempts: (o, ctx) => [o.get(`/api/annotations/${ctx.annotation}/comments`)] },
    createComment: {
      prepare: async (ctx) => ({ comment: await commentBy(ctx.author.client, ctx.annotation) }),
      attempts: (o, ctx, ids) => [
        o.post(`/api/annotations/${ctx.annotation}/comments`, { body: "Outsider." }),
        o.post(`/api/annotations/${ctx.annotation}/comments`, { body: "Outsider.", parentId: ids.comment }),
      ],
    },
    updateComment: {
      prepare: async (ctx) => ({ comment: await commentBy(ctx.author.client, ctx.annotation) }),
      attempts: (o, _ctx, ids) => [o.patch(`/api/comments/${ids.comment}`, { version: 1, body: "Outsider." })],
    },
    deleteComment: {
      prepare: async (ctx) => ({ comment: await commentBy(ctx.author.client, ctx.annotation) }),
      attempts: (o, _ctx, ids) => [o.delete(`/api/comments/${ids.comment}`)],
    },
    restoreComment: {
      prepare: async (ctx) => ({ comment: await commentBy(ctx.author.client, ctx.annotation, { deleted: true }) }),
      attempts: (o, _ctx, ids) => [o.post(`/api/comments/${ids.comment}/restore`)],
    },
  },
  bodies: {
    createComment: {
      path: (ctx) => `/api/annotations/${ctx.annotationId}/comments`,
      valid: () => ({ body: "A comment." }),
      wrongTypes: { body: 5, parentId: "first" },
    },
    // Bodies are checked before the comment is looked up, so any comment ID shows it.
    updateComment: {
      path: () => `/api/comments/${randomUUID()}`,
      valid: () => ({ version: 1, body: "Edited." }),
      wrongTypes: { version: "1", body: { type: "doc", content: "text" } },
    },
    markInboxRead: { path: () => "/api/inbox/read", valid: () => ({ all: true }), wrongTypes: { ids: "all", all: 1 } },
  },
  queries: {
    listInbox: { path: () => "/api/inbox", wrongTypes: "filter=starred&limit=0" },
  },
};
