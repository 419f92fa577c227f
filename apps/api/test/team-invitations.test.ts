import { createHash } from "node:crypto";
import { request } from "node:http";
import { CreatedInvitation, InvitationList, InvitationPreview, Me } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { snapshot } from "./support/db-snapshot.ts";
import { member, type Member, newWorkspace, PASSWORD, setUp, signIn } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
});
afterAll(() => server.stop());

let counter = 0;
const uniqueEmail = () => `joiner-${++counter}-${Date.now()}@example.org`;
const newAccount = (name = "Nia New") => ({ account: "new", name, email: uniqueEmail(), password: PASSWORD });

async function invite(body: Record<string, unknown> = { role: "analyst" }, by: Member = admin) {
  const res = await by.client.post("/api/invitations", body);
  expect(res.status, res.text).toBe(201);
  return res.body as { invitation: { id: string; status: string }; token: string; url: string };
}
const accept = (token: string, body: unknown, client = new ApiClient(server.url)) => client.post(`/api/invite/${token}/accept`, body);
const invitationsTable = () => snapshot(server.db, ["invitations", "memberships", "users", "sessions"]);

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

describe("accepting", () => {
  it("with a new account: 201 with Me, a session in the workspace with the invited role, the link used up", async () => {
    const { token, invitation } = await invite({ role: "analyst", note: "for Nia" });
    const client = new ApiClient(server.url);
    const body = newAccount("Nia New");
    const res = await accept(token, body, client);
    expect(res.status, res.text).toBe(201);
    expect(Me.strict().parse(res.body)).toBeTruthy();
    expect(res.body).toMatchObject({
      user: { name: "Nia New", email: body.email },
      workspace: { id: admin.workspaceId, name: "Desk", role: "analyst" },
      csrfToken: client.csrfToken,
    });
    expect(res.headers.getSetCookie().find((c) => c.startsWith("verbatim_session="))).toMatch(/HttpOnly/i);
    expect((await client.get("/api/me")).body.user.email).toBe(body.email);
    expect((await client.post("/api/statements", { title: "Mine", format: "text", content: "One." })).status).toBe(201);
    expect((await signIn(server, body.email)).cookies.size).toBe(2);

    const listed = (await admin.client.get("/api/invitations")).body.items.find((i: { id: string }) => i.id === invitation.id);
    expect(listed).toMatchObject({ status: "accepted", acceptedBy: { id: res.body.user.id, name: "Nia New" } });
    expectError(await new ApiClient(server.url).get(`/api/invite/${token}`), 409, "invitation_unusable");
    const before = await invitationsTable();
    expectError(await accept(token, newAccount()), 409, "invitation_unusable");
    expect(await invitationsTable()).toEqual(before);
  });

  it("with an existing account's email and password: joins a second workspace and acts there", async () => {
    const otherAdmin = await member(server, await newWorkspace(server, "Vienna desk"), "admin", "Vera Vienna");
    const { token } = await invite({ role: "viewer" }, otherAdmin);
    const analyst = await member(server, admin.workspaceId, "analyst", "Omar Existing");
    const client = new ApiClient(server.url);
    const before = await invitationsTable();
    expectError(
      await accept(token, { account: "existing", email: analyst.email, password: "wrong password" }, client),
      401,
      "invalid_credentials",
    );
    expectError(
      await accept(token, { account: "existing", email: "nobody@example.org", password: PASSWORD }, client),
      401,
      "invalid_credentials",
    );
    expect(await invitationsTable()).toEqual(before);
    const res = await accept(token, { account: "existing", email: analyst.email, password: PASSWORD }, client);
    expect(res.status, res.text).toBe(201);
    expect(res.body.workspace).toEqual({ id: otherAdmin.workspaceId, name: "Vienna desk", role: "viewer" });
    expect(res.body.workspaces.map((w: { name: string }) => w.name)).toEqual(["Desk", "Vienna desk"]);
    expect((await client.get("/api/me")).body.workspace.name).toBe("Vienna desk");
    expect((await analyst.client.get("/api/me")).body.workspace.name).toBe("Desk");
  });

  it("as the signed-in user: needs the session and its CSRF header; replaces the session", async () => {
    const otherAdmin = await member(server, await newWorkspace(server, "Nairobi desk"), "admin");
    const { token } = await invite({ role: "reviewer" }, otherAdmin);
    const joiner = await member(server, admin.workspaceId, "viewer", "Sam Signed-in");
    const before = await invitationsTable();
    expectError(await accept(token, { account: "signed-in" }), 401, "unauthenticated");
    expectError(await joiner.client.post(`/api/invite/${token}/accept`, { account: "signed-in" }, { noCsrf: true }), 403, "csrf_failed");
    expectError(
      await joiner.client.post(
        `/api/invite/${token}/accept`,
        { account: "signed-in" },
        { noCsrf: true, headers: { "x-csrf-token": "forged" } },
      ),
      403,
      "csrf_failed",
    );
    const bearer = new ApiClient(server.url, (await joiner.client.post("/api/tokens", { name: "t" })).body.token);
    expectError(await accept(token, { account: "signed-in" }, bearer), 401, "unauthenticated");
    expect(await invitationsTable()).toEqual(before);

    const oldSession = joiner.client.cookies.get("verbatim_session")!;
    const res = await accept(token, { account: "signed-in" }, joiner.client);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ user: { id: joiner.userId }, workspace: { id: otherAdmin.workspaceId, role: "reviewer" } });
    expect(joiner.client.cookies.get("verbatim_session")).not.toBe(oldSession);
    expectError(
      await new ApiClient(server.url).get("/api/me", { headers: { cookie: `verbatim_session=${oldSession}` } }),
      401,
      "unauthenticated",
    );
  });

  it("refuses an email that already has an account (409 email_taken) and leaves the link usable", async () => {
    const { token } = await invite();
    const before = await invitationsTable();
    expectError(await accept(token, { ...newAccount(), email: admin.email.toUpperCase() }), 409, "email_taken");
    expect(await invitationsTable()).toEqual(before);
    expect((await new ApiClient(server.url).get(`/api/invite/${token}`)).status).toBe(200);
  });

  it("refuses someone who is already a member (409 conflict) and leaves the link usable", async () => {
    const { token } = await invite({ role: "admin" });
    const analyst = await member(server, admin.workspaceId, "analyst");
    const before = await invitationsTable();
    expectError(await accept(token, { account: "existing", email: analyst.email, password: PASSWORD }), 409, "conflict");
    expectError(await accept(token, { account: "signed-in" }, analyst.client), 409, "conflict");
    expect(await invitationsTable()).toEqual(before);
    expect((await analyst.client.get("/api/me")).body.workspace.role).toBe("analyst");
  });

  it("is single use: of two acceptances at the same moment one joins and the other gets 409", async () => {
    for (let round = 0; round < 3; round++) {
      const { token, invitation } = await invite({ role: "viewer" });
      const bodies = [newAccount("Racer One"), newAccount("Racer Two")];
      const results = await Promise.all(bodies.map((b) => accept(token, b)));
      expect(results.map((r) => r.status).sort(), results.map((r) => r.text).join("\n")).toEqual([201, 409]);
      expectError(
        results.find((r) => r.status === 409)!,
        409,
        "invitation_unusable",
      );
      const joined = await server.db.user.findMany({ where: { email: { in: bodies.map((b) => b.email) } } });
      expect(joined).toHaveLength(1);
      const row = await server.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
      expect(row.acceptedById).toBe(joined[0]!.id);
    }
  });

  it("refuses an expired link (409 invitation_unusable), which the list shows as expired", async () => {
    const { token, invitation } = await invite();
    await server.db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectError(await new ApiClient(server.url).get(`/api/invite/${token}`), 409, "invitation_unusable");
    const before = await invitationsTable();
    expectError(await accept(token, newAccount()), 409, "invitation_unusable");
    expect(await invitationsTable()).toEqual(before);
    const listed = (await admin.client.get("/api/invitations")).body.items.find((i: { id: string }) => i.id === invitation.id);
    expect(listed.status).toBe("expired");
  });

  it("counts attempts against the sign-in rate limit (429)", async () => {
    const limited = await startTestServer({ rateLimits: { loginPerIp: { max: 2, windowSeconds: 60 } } });
    try {
      const owner = await setUp(limited);
      const token = (await owner.client.post("/api/invitations", { role: "viewer" })).body.token;
      const anonymous = new ApiClient(limited.url);
      for (let i = 0; i < 2; i++) {
        expectError(
          await anonymous.post(`/api/invite/${token}/accept`, { account: "existing", email: owner.email, password: "wrong" }),
          401,
          "invalid_credentials",
        );
      }
      const res = await anonymous.post(`/api/invite/${token}/accept`, { account: "existing", email: owner.email, password: PASSWORD });
      expectError(res, 429, "rate_limited");
    } finally {
      await limited.stop();
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
