import { Me } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { member, type Member, newWorkspace, PASSWORD, setUp, signIn } from "./support/factories.ts";
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
