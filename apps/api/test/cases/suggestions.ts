import { randomUUID } from "node:crypto";
import type { ApiClient } from "../support/api-client.ts";
import { importStatement } from "../support/factories.ts";
import type { MatrixContext, RouteCases } from "../support/route-cases.ts";

const suggestions = (slug: string, rest = "") => `/api/statements/${encodeURIComponent(slug)}/suggestions${rest}`;

/** The first suggestion open to `client` on the statement (SAMPLE_TEXT has several). */
async function firstSuggestion(client: ApiClient, slug: string): Promise<string> {
  const res = await client.get(suggestions(slug));
  const first = (res.body as { items?: { id: string }[] }).items?.[0];
  if (res.status !== 200 || !first) throw new Error(`no suggestion on ${slug}: ${res.status} ${res.text}`);
  return first.id;
}

/** A statement of its own for each call, so that every role finds its suggestion still open (one accepted is covered). */
const freshStatement = async (ctx: MatrixContext): Promise<string> =>
  (await importStatement(ctx.members.admin.client, { title: `Suggested ${ctx.next()}` })).slug as string;

export const suggestionCases: RouteCases = {
  authorization: {
    listSuggestions: (c, ctx) => c.client.get(suggestions(ctx.slug)),
    acceptSuggestion: async (c, ctx) => {
      const slug = await freshStatement(ctx);
      return c.client.post(suggestions(slug, `/${await firstSuggestion(ctx.members.admin.client, slug)}/accept`), {});
    },
    // No IDs: accepts nothing, and answers as any accept-all does.
    acceptSuggestions: (c, ctx) => c.client.post(suggestions(ctx.slug, "/accept"), { kind: "position", ids: [] }),
    undoAcceptedSuggestions: async (c, ctx) => {
      const made = await c.client.post(suggestions(ctx.slug, "/accept"), { kind: "position", ids: [] });
      const token = made.status === 201 ? (made.body as { undo: string }).undo : randomUUID();
      return c.client.post(suggestions(ctx.slug, `/undo/${token}`));
    },
    // Dismissing is idempotent: every role may dismiss the same one.
    dismissSuggestion: async (c, ctx) =>
      c.client.post(suggestions(ctx.slug, `/${await firstSuggestion(ctx.members.admin.client, ctx.slug)}/dismiss`)),
    suggestionRules: (c) => c.client.get("/api/suggestions/rules"),
  },
  isolation: {
    listSuggestions: {
      attempts: (outsider, ctx) => [outsider.get(suggestions(ctx.isolatedSlug)), outsider.get(suggestions(ctx.statementId))],
    },
    acceptSuggestion: {
      prepare: async (ctx) => ({ suggestion: await firstSuggestion(ctx.author.client, ctx.isolatedSlug) }),
      attempts: (outsider, ctx, ids) => [
        outsider.post(suggestions(ctx.isolatedSlug, `/${ids["suggestion"]}/accept`), {}),
        outsider.post(suggestions(ctx.statementId, `/${ids["suggestion"]}/accept`), {}),
      ],
    },
    acceptSuggestions: {
      attempts: (outsider, ctx) => [
        outsider.post(suggestions(ctx.isolatedSlug, "/accept"), { kind: "position" }),
        outsider.post(suggestions(ctx.statementId, "/accept"), { kind: "cross-reference" }),
      ],
    },
    undoAcceptedSuggestions: {
      prepare: async (ctx) => {
        const made = await ctx.author.client.post(suggestions(ctx.isolatedSlug, "/accept"), { kind: "position", ids: [] });
        return { undo: (made.body as { undo: string }).undo };
      },
      attempts: (outsider, ctx, ids) => [
        outsider.post(suggestions(ctx.isolatedSlug, `/undo/${ids["undo"]}`)),
        outsider.post(suggestions(ctx.statementId, `/undo/${ids["undo"]}`)),
      ],
    },
    dismissSuggestion: {
      prepare: async (ctx) => ({ suggestion: await firstSuggestion(ctx.author.client, ctx.isolatedSlug) }),
      attempts: (outsider, ctx, ids) => [
        outsider.post(suggestions(ctx.isolatedSlug, `/${ids["suggestion"]}/dismiss`)),
        outsider.post(suggestions(ctx.statementId, `/${ids["suggestion"]}/dismiss`)),
      ],
    },
  },
  bodies: {
    acceptSuggestion: {
      path: (ctx) => suggestions(ctx.slug, "/sg_0000000000000000/accept"),
      valid: () => ({ attributes: { stance: "welcomes" }, revision: 1 }),
      wrongTypes: { attributes: "welcomes", revision: "one" },
    },
    acceptSuggestions: {
      path: (ctx) => suggestions(ctx.slug, "/accept"),
      valid: () => ({ kind: "position", ids: [], revision: 1 }),
      wrongTypes: { kind: "opinion", ids: "all", revision: 0 },
    },
  },
  queries: {
    listSuggestions: { path: (ctx) => suggestions(ctx.slug), wrongTypes: "kind=opinion" },
  },
};
