import { createHash } from "node:crypto";
import { request } from "node:http";
import { CreatedInvitation, InvitationList, InvitationPreview } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { invitationHelpers } from "./support/invitations.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
});
afterAll(() => server.stop());

const { invite, accept, newAccount, invitationsTable } = invitationHelpers(
  () => server,
  () => admin,
);

/** A signed-in POST with a Host header of the caller's choosing (fetch always sends the URL's own host). */
function postWithHost(client: ApiClient, path: string, json: unknown, host: string): Promise<{ status: number; body: any }> {
  const headers = {
    host,
    "x-forwarded-host": host,
    "content-type": "application/json",
    cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    "x-csrf-token": client.csrfToken ?? "",
  };
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, client.baseUrl), { method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(JSON.stringify(json));
  });
}

describe("creating an invitation", () => {
  it("answers 201 with the invitation, a token and its link, and stores only the token's SHA-256", async () => {
    const res = await admin.client.post("/api/invitations", { role: "reviewer", note: "  for Rosa at the Geneva desk  " });
    expect(res.status, res.text).toBe(201);
    expect(CreatedInvitation.strict().parse(res.body)).toBeTruthy();
    const { invitation, token, url } = res.body;
    expect(url).toBe(`${server.url}/invite/${token}`);
    expect(token).toMatch(/^vbi_[A-Za-z0-9_-]{43}$/);
    expect(invitation).toMatchObject({ role: "reviewer", note: "for Rosa at the Geneva desk", status: "pending", acceptedBy: null });
    expect(invitation.createdBy).toEqual({ id: admin.userId, name: "Ada Admin" });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const row = await server.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await server.db.$queryRaw`SELECT * FROM invitations`)).not.toContain(token);
  });

  it("names the server's own address in the link, never the request's Host or X-Forwarded-Host header", async () => {
    const res = await postWithHost(admin.client, "/api/invitations", { role: "viewer" }, "evil.test");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(CreatedInvitation.strict().parse(res.body)).toBeTruthy();
    expect(res.body.url).not.toContain("evil.test");
    expect(res.body.url).toBe(`${server.url}/invite/${res.body.token}`);
  });

  it("takes 1 to 30 days and refuses anything else (400)", async () => {
    const one = await invite({ role: "viewer", expiresInDays: 1 });
    const thirty = await invite({ role: "admin", expiresInDays: 30 });
    const ids = [one.invitation.id, thirty.invitation.id];
    const rows = await server.db.invitation.findMany({ where: { id: { in: ids } }, orderBy: { expiresAt: "asc" } });
    expect(rows.map((r) => Math.round((r.expiresAt.getTime() - r.createdAt.getTime()) / 86_400_000))).toEqual([1, 30]);
    for (const bad of [0, 31, 2.5, "7"]) {
      expectError(await admin.client.post("/api/invitations", { role: "viewer", expiresInDays: bad }), 400, "validation_failed");
    }
    expectError(await admin.client.post("/api/invitations", { role: "owner" }), 400, "validation_failed");
    expectError(await admin.client.post("/api/invitations", { role: "viewer", note: "x".repeat(201) }), 400, "validation_failed");
  });

  it("is for admins only (403), and the list too", async () => {
    for (const role of ["reviewer", "analyst", "viewer"] as const) {
      const m = await member(server, admin.workspaceId, role);
      expectError(await m.client.post("/api/invitations", { role: "viewer" }), 403, "forbidden");
      expectError(await m.client.get("/api/invitations"), 403, "forbidden");
    }
  });
});

describe("opening a link", () => {
  it("shows the workspace, the role, who invites and until when, to anyone", async () => {
    const { token, invitation } = await invite({ role: "analyst" });
    const res = await new ApiClient(server.url).get(`/api/invite/${token}`);
    expect(res.status, res.text).toBe(200);
    expect(InvitationPreview.strict().parse(res.body)).toBeTruthy();
    expect(res.body).toEqual({
      workspace: { name: "Desk" },
      role: "analyst",
      invitedBy: { name: "Ada Admin" },
      expiresAt: expect.any(String),
    });
    expect(res.body.expiresAt).toBe(
      (await server.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).expiresAt.toISOString(),
    );
  });

  it("answers 404 for an unknown link, and for the stored hash or the invitation's ID used as a link", async () => {
    const { token, invitation } = await invite();
    const row = await server.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    for (const wrong of ["vbi_nothing", row.tokenHash, invitation.id, token.slice(0, -1)]) {
      expectError(await new ApiClient(server.url).get(`/api/invite/${wrong}`), 404, "not_found");
      expectError(await accept(wrong, newAccount()), 404, "not_found");
    }
  });
});

describe("listing and revoking", () => {
  it("lists the workspace's invitations newest first with their status, and nothing of another workspace", async () => {
    const otherAdmin = await member(server, await newWorkspace(server, "Geneva desk"), "admin");
    const foreign = await invite({ role: "viewer", note: "foreign" }, otherAdmin);
    const first = await invite({ role: "viewer", note: "first" });
    const second = await invite({ role: "reviewer", note: "second" });
    expect((await admin.client.delete(`/api/invitations/${first.invitation.id}`)).status).toBe(204);
    const res = await admin.client.get("/api/invitations");
    expect(res.status).toBe(200);
    expect(InvitationList.parse(res.body)).toBeTruthy();
    const items = res.body.items as { id: string; status: string; createdAt: string }[];
    expect(items.slice(0, 2).map((i) => [i.id, i.status])).toEqual([
      [second.invitation.id, "pending"],
      [first.invitation.id, "revoked"],
    ]);
    const times = items.map((i) => Date.parse(i.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(items.map((i) => i.id)).not.toContain(foreign.invitation.id);
  });

  it("a revoked link answers 409 and can no longer be accepted; revoking again is harmless", async () => {
    const { token, invitation } = await invite();
    expect((await admin.client.delete(`/api/invitations/${invitation.id}`)).status).toBe(204);
    expect((await admin.client.delete(`/api/invitations/${invitation.id}`)).status).toBe(204);
    expectError(await new ApiClient(server.url).get(`/api/invite/${token}`), 409, "invitation_unusable");
    expectError(await accept(token, newAccount()), 409, "invitation_unusable");
  });

  it("an accepted invitation cannot be revoked (409): remove the member instead", async () => {
    const { token, invitation } = await invite();
    expect((await accept(token, newAccount())).status).toBe(201);
    expectError(await admin.client.delete(`/api/invitations/${invitation.id}`), 409, "invitation_unusable");
  });

  it("another workspace's invitation IDs, and IDs that are not UUIDs, answer 404 and change nothing", async () => {
    const otherAdmin = await member(server, await newWorkspace(server, "Addis desk"), "admin");
    const { invitation, token } = await invite({ role: "viewer" });
    const before = await invitationsTable();
    for (const id of [invitation.id, "not-a-uuid"]) expectError(await otherAdmin.client.delete(`/api/invitations/${id}`), 404, "not_found");
    expect(await invitationsTable()).toEqual(before);
    expect((await new ApiClient(server.url).get(`/api/invite/${token}`)).status).toBe(200);
  });
});
