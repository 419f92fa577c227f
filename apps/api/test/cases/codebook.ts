import type { ApiClient } from "../support/api-client.ts";
import type { MatrixContext, RouteCases } from "../support/route-cases.ts";

const SOME_CODE = "00000000-0000-4000-8000-00000000c0de";

/** A fresh topic made by the workspace's admin. */
async function topic(admin: ApiClient, name: string): Promise<{ id: string; version: number }> {
  const res = await admin.post("/api/codebook/codes", { type: "topic", name });
  if (res.status !== 201) throw new Error(`could not make the code ${name}: ${res.status} ${res.text}`);
  return res.body as { id: string; version: number };
}

const adminOf = (ctx: MatrixContext) => ctx.members.admin.client;

/** A code made by a member who may add one; its ID. */
async function madeBy(client: ApiClient, name: string): Promise<string> {
  const res = await client.post("/api/codebook/codes", { type: "topic", name });
  return (res.body as { id: string }).id;
}

export const codebookCases: RouteCases = {
  authorization: {
    listCodes: (c) => c.client.get("/api/codebook/codes"),
    codebookAgreement: (c) => c.client.get("/api/codebook/agreement"),
    createCode: (c, ctx) => c.client.post("/api/codebook/codes", { type: "label", name: `label ${ctx.next()}` }),
    updateCode: async (c, ctx) => {
      const code = await topic(adminOf(ctx), `renamed ${ctx.next()}`);
      return c.client.patch(`/api/codebook/codes/${code.id}`, { version: code.version, definition: "A definition." });
    },
    mergeCode: async (c, ctx) => {
      const from = await topic(adminOf(ctx), `from ${ctx.next()}`);
      const into = await topic(adminOf(ctx), `into ${ctx.next()}`);
      return c.client.post(`/api/codebook/codes/${from.id}/merge`, { into: into.id });
    },
    deleteCode: async (c, ctx) => c.client.delete(`/api/codebook/codes/${(await topic(adminOf(ctx), `deleted ${ctx.next()}`)).id}`),
    splitCode: async (c, ctx) => {
      const from = await topic(adminOf(ctx), `split ${ctx.next()}`);
      return c.client.post(`/api/codebook/codes/${from.id}/split`, {
        annotations: [ctx.foreignAnnotation],
        into: { name: `part ${ctx.next()}` },
      });
    },
    bulkCodes: async (c, ctx) => {
      const code = await topic(adminOf(ctx), `bulk ${ctx.next()}`);
      return c.client.post("/api/codebook/bulk", { filter: { statement: ctx.slug }, add: [code.id] });
    },
    undoCodebookChange: async (c, ctx) => {
      const code = await topic(adminOf(ctx), `undone ${ctx.next()}`);
      const change = await adminOf(ctx).patch(`/api/codebook/codes/${code.id}`, { version: code.version, colour: "#336699" });
      return c.client.post(`/api/codebook/undo/${(change.body as { undo: string }).undo}`);
    },
  },
  isolation: {
    updateCode: {
      prepare: async (ctx) => ({ code: await madeBy(ctx.author.client, "isolated topic") }),
      attempts: (outsider, _ctx, ids) => [outsider.patch(`/api/codebook/codes/${ids["code"]}`, { version: 1, name: "taken over" })],
    },
    mergeCode: {
      prepare: async (ctx) => ({ code: await madeBy(ctx.author.client, "isolated merge") }),
      attempts: (outsider, _ctx, ids) => [outsider.post(`/api/codebook/codes/${ids["code"]}/merge`, { into: ids["code"] })],
    },
    deleteCode: {
      prepare: async (ctx) => ({ code: await madeBy(ctx.author.client, "isolated delete") }),
      attempts: (outsider, _ctx, ids) => [outsider.delete(`/api/codebook/codes/${ids["code"]}`)],
    },
    splitCode: {
      prepare: async (ctx) => ({ code: await madeBy(ctx.author.client, "isolated split") }),
      attempts: (outsider, ctx, ids) => [
        outsider.post(`/api/codebook/codes/${ids["code"]}/split`, { annotations: [ctx.annotation], into: { name: "outsider's" } }),
      ],
    },
    undoCodebookChange: {
      // An undo of the author's workspace, as a governing change there would leave it.
      prepare: async (ctx) => {
        const [undo] = await ctx.server.db.$queryRaw<{ id: string }[]>`
          INSERT INTO codebook_undos (id, workspace_id, actor_id, action, codes)
          VALUES (gen_random_uuid(), ${ctx.author.workspaceId}::uuid, ${ctx.author.userId}::uuid, 'edited',
                  '{"restore":[],"expect":[],"remove":[],"involved":[]}'::jsonb)
          RETURNING id`;
        return { undo: undo!.id };
      },
      attempts: (outsider, _ctx, ids) => [outsider.post(`/api/codebook/undo/${ids["undo"]}`)],
    },
  },
  bodies: {
    createCode: {
      path: () => "/api/codebook/codes",
      valid: () => ({ type: "topic", name: "cybercrime" }),
      wrongTypes: { type: "tag", name: 5 },
    },
    updateCode: {
      path: () => `/api/codebook/codes/${SOME_CODE}`,
      valid: () => ({ version: 1, name: "cybercrime" }),
      wrongTypes: { version: "1", colour: "blue" },
    },
    mergeCode: { path: () => `/api/codebook/codes/${SOME_CODE}/merge`, valid: () => ({ into: SOME_CODE }), wrongTypes: { into: 7 } },
    splitCode: {
      path: () => `/api/codebook/codes/${SOME_CODE}/split`,
      valid: () => ({ annotations: [SOME_CODE], into: { name: "part" } }),
      wrongTypes: { annotations: "all", into: { name: 3 } },
    },
    bulkCodes: {
      path: () => "/api/codebook/bulk",
      valid: () => ({ filter: {}, add: [SOME_CODE] }),
      wrongTypes: { filter: "all", add: "x" },
    },
  },
  queries: {
    listCodes: { path: () => "/api/codebook/codes", wrongTypes: "type=tag&status=gone&q=" },
  },
};
