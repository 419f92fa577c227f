import { PASSWORD, member } from "../support/factories.ts";
import type { MatrixContext, RouteCases } from "../support/route-cases.ts";

/** A fresh pending invitation of the matrix's workspace, made by its admin. */
async function freshInvitation(ctx: MatrixContext): Promise<{ id: string; token: string }> {
  const res = await ctx.members.admin.client.post("/api/invitations", { role: "viewer", note: `matrix ${ctx.next()}` });
  if (res.status !== 201) throw new Error(`could not create an invitation: ${res.text}`);
  return { id: res.body.invitation.id, token: res.body.token };
}

/** A member of the matrix's workspace to change or remove, so that no caller's own membership is touched. */
const target = async (ctx: MatrixContext) =>
  (await member(ctx.server, ctx.members.admin.workspaceId, "viewer", `Target ${ctx.next()}`)).userId;

const newAccount = (n: number) => ({
  account: "new",
  name: `Joiner ${n}`,
  email: `joiner-${n}-${Date.now()}@example.org`,
  password: PASSWORD,
});

export const teamCases: RouteCases = {
  authorization: {
    listMembers: (c) => c.client.get("/api/members"),
    updateMember: async (c, ctx) => c.client.patch(`/api/members/${await target(ctx)}`, { role: "analyst" }),
    removeMember: async (c, ctx) => c.client.delete(`/api/members/${await target(ctx)}`),
    createInvitation: (c) => c.client.post("/api/invitations", { role: "analyst", note: "matrix", expiresInDays: 3 }),
    listInvitations: (c) => c.client.get("/api/invitations"),
    revokeInvitation: async (c, ctx) => c.client.delete(`/api/invitations/${(await freshInvitation(ctx)).id}`),
    getInvitation: async (c, ctx) => c.client.get(`/api/invite/${(await freshInvitation(ctx)).token}`),
    // Accepting sets the new account's session cookie: a fresh client keeps the caller's own session as it was.
    acceptInvitation: async (c, ctx) => {
      const { token } = await freshInvitation(ctx);
      return (await c.fresh()).post(`/api/invite/${token}/accept`, newAccount(ctx.next()));
    },
  },
  isolation: {
    updateMember: { attempts: (outsider, ctx) => [outsider.patch(`/api/members/${ctx.author.userId}`, { role: "admin" })] },
    removeMember: { attempts: (outsider, ctx) => [outsider.delete(`/api/members/${ctx.author.userId}`)] },
    revokeInvitation: {
      prepare: async (ctx) => {
        const admin = await member(ctx.server, ctx.author.workspaceId, "admin", "Isolation Admin");
        const res = await admin.client.post("/api/invitations", { role: "viewer" });
        return { invitation: res.body.invitation.id, token: res.body.token };
      },
      attempts: (outsider, _ctx, ids) => [outsider.delete(`/api/invitations/${ids.invitation}`)],
    },
    // A link is a capability, not a workspace's ID: what an outsider may know of an invitation (its ID, the stored
    // hash) never works as a link.
    getInvitation: {
      prepare: async (ctx) => {
        const admin = await member(ctx.server, ctx.author.workspaceId, "admin", "Isolation Admin");
        const res = await admin.client.post("/api/invitations", { role: "viewer" });
        const row = await ctx.server.db.invitation.findUniqueOrThrow({ where: { id: res.body.invitation.id } });
        return { invitation: row.id, hash: row.tokenHash };
      },
      attempts: (outsider, _ctx, ids) => [outsider.get(`/api/invite/${ids.invitation}`), outsider.get(`/api/invite/${ids.hash}`)],
    },
    acceptInvitation: {
      prepare: async (ctx) => {
        const admin = await member(ctx.server, ctx.author.workspaceId, "admin", "Isolation Admin");
        const res = await admin.client.post("/api/invitations", { role: "admin" });
        const row = await ctx.server.db.invitation.findUniqueOrThrow({ where: { id: res.body.invitation.id } });
        return { invitation: row.id, hash: row.tokenHash };
      },
      attempts: (outsider, _ctx, ids) => [
        outsider.post(`/api/invite/${ids.invitation}/accept`, { account: "signed-in" }),
        outsider.post(`/api/invite/${ids.hash}/accept`, { account: "signed-in" }),
      ],
    },
  },
  bodies: {
    updateMember: { path: (ctx) => `/api/members/${ctx.admin.userId}`, valid: () => ({ role: "admin" }), wrongTypes: { role: "owner" } },
    createInvitation: {
      path: () => "/api/invitations",
      valid: () => ({ role: "analyst", note: "for Rosa", expiresInDays: 7 }),
      wrongTypes: { role: 3, note: ["x"], expiresInDays: "seven" },
    },
    // The body is checked before the link is looked up, so any token will do here.
    acceptInvitation: {
      path: () => "/api/invite/vbi_no-such-link/accept",
      valid: () => ({ account: "new", name: "New", email: "new@example.org", password: PASSWORD }),
      wrongTypes: { account: "new", name: 5, email: "not an email", password: "short" },
    },
  },
  queries: {},
};
