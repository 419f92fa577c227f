import { createHash } from "node:crypto";
import { Me } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { importStatement, member, type Member, newWorkspace, PASSWORD, setUp, signIn } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
});
afterAll(() => server.stop());

const cookieNamed = (res: { headers: Headers }, name: string) => res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));

describe("login", () => {
  it("answers 204 with an httpOnly, SameSite=Lax session cookie, not Secure over plain HTTP", async () => {
    const res = await new ApiClient(server.url).post("/api/auth/login", { email: admin.email, password: PASSWORD });
    expect(res.status, res.text).toBe(204);
    expect(res.text).toBe("");
    const session = cookieNamed(res, "verbatim_session");
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
    const csrf = cookieNamed(res, "verbatim_csrf");
    expect(csrf).toMatch(/;\s*SameSite=Lax/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it("marks the cookies Secure when a loopback proxy says the request came over HTTPS", async () => {
    const res = await new ApiClient(server.url).post(
      "/api/auth/login",
      { email: admin.email, password: PASSWORD },
      { headers: { "x-forwarded-proto": "https" } },
    );
    expect(res.status, res.text).toBe(204);
    for (const name of ["verbatim_session", "verbatim_csrf"]) expect(cookieNamed(res, name)).toMatch(/;\s*Secure/i);
    expect(cookieNamed(res, "verbatim_session")).toMatch(/;\s*HttpOnly/i);
  });

  it("answers a wrong password and an unknown email alike: 401 invalid_credentials, no session", async () => {
    const sessions = await server.db.session.count();
    const wrong = await new ApiClient(server.url).post("/api/auth/login", { email: admin.email, password: "not the password" });
    const unknown = await new ApiClient(server.url).post("/api/auth/login", { email: "nobody@example.org", password: PASSWORD });
    expectError(wrong, 401, "invalid_credentials");
    expectError(unknown, 401, "invalid_credentials");
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(await server.db.session.count()).toBe(sessions);
  });

  it("needs no CSRF header, even from a client that already holds a session", async () => {
    const client = await signIn(server, admin.email);
    const again = await client.post("/api/auth/login", { email: admin.email, password: PASSWORD }, { noCsrf: true });
    expect(again.status, again.text).toBe(204);
  });
});

describe("the session", () => {
  it("GET /api/me returns the user, the workspace with the role, all workspaces and the CSRF token", async () => {
    const res = await admin.client.get("/api/me");
    expect(res.status).toBe(200);
    expect(Me.strict().parse(res.body)).toBeTruthy();
    expect(res.body).toEqual({
      user: { id: admin.userId, name: "Ada Admin", email: admin.email },
      workspace: { id: admin.workspaceId, name: "Desk", role: "admin" },
      abilities: {
        import: true,
        review: true,
        manageMembers: true,
        addInstruments: true,
        createWorkspace: true,
        assign: true,
        restoreStatements: true,
        saveViews: true,
      },
      workspaces: [{ id: admin.workspaceId, name: "Desk", role: "admin" }],
      csrfToken: admin.client.csrfToken,
    });
  });

  it("logout answers 204, deletes the session and the old cookie no longer works", async () => {
    const client = await signIn(server, admin.email);
    const stolen = client.cookies.get("verbatim_session");
    const sessions = await server.db.session.count();
    const res = await client.post("/api/auth/logout");
    expect(res.status, res.text).toBe(204);
    expect(await server.db.session.count()).toBe(sessions - 1);
    expect(client.cookies.has("verbatim_session")).toBe(false);
    expectError(await client.get("/api/me"), 401, "unauthenticated");
    const replay = new ApiClient(server.url);
    replay.cookies.set("verbatim_session", stolen ?? "");
    expectError(await replay.get("/api/me"), 401, "unauthenticated");
  });

  it("logout with an API token answers 400 not_a_session and leaves the token working: a token is revoked instead", async () => {
    const { token } = (await admin.client.post("/api/tokens", { name: "not a session" })).body;
    const bearer = new ApiClient(server.url, token);
    const res = await bearer.post("/api/auth/logout");
    expectError(res, 400, "not_a_session");
    expect(res.body.error.message).toContain("DELETE /api/tokens/:id");
    expect((await bearer.get("/api/me")).status).toBe(200);
  });

  it("marks every answer that depends on the caller Cache-Control: no-store, for a session, a token or no one", async () => {
    const { token } = (await admin.client.post("/api/tokens", { name: "no-store" })).body;
    const answers = [
      await admin.client.get("/api/me"),
      await new ApiClient(server.url, token).get("/api/statements"),
      await new ApiClient(server.url).get("/api/me"),
    ];
    expect(answers.map((r) => [r.status, r.headers.get("cache-control")])).toEqual([
      [200, "no-store"],
      [200, "no-store"],
      [401, "no-store"],
    ]);
  });
});

describe("CSRF", () => {
  it("refuses a cookie-authenticated write without the X-CSRF-Token header and changes nothing", async () => {
    const before = await server.db.statement.count();
    const res = await admin.client.post("/api/statements", { title: "T", format: "text", content: "One paragraph." }, { noCsrf: true });
    expectError(res, 403, "csrf_failed");
    expectError(await admin.client.post("/api/auth/logout", undefined, { noCsrf: true }), 403, "csrf_failed");
    expect(await server.db.statement.count()).toBe(before);
    expect((await admin.client.get("/api/me")).status).toBe(200);
  });

  it("refuses a wrong X-CSRF-Token, even another session's", async () => {
    const other = await signIn(server, admin.email);
    const before = await server.db.apiToken.count();
    for (const token of ["wrong", other.csrfToken ?? ""]) {
      const res = await admin.client.post("/api/tokens", { name: "x" }, { noCsrf: true, headers: { "x-csrf-token": token } });
      expectError(res, 403, "csrf_failed");
    }
    expect(await server.db.apiToken.count()).toBe(before);
  });
});

describe("API tokens", () => {
  it("shows a vbt_ token once, stores only its SHA-256 hash, and works as a bearer without CSRF", async () => {
    const res = await admin.client.post("/api/tokens", { name: "script" });
    expect(res.status, res.text).toBe(201);
    const { token, info } = res.body;
    expect(token).toMatch(/^vbt_[A-Za-z0-9_-]{20,}$/);
    expect(info).toEqual({ id: expect.any(String), name: "script", createdAt: expect.any(String), lastUsedAt: null });

    const rows = await server.db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM api_tokens WHERE id = ${info.id}::uuid`;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(rows[0])).not.toContain(token);
    expect(JSON.stringify(rows[0])).not.toContain(token.slice(4));

    const listed = await admin.client.get("/api/tokens");
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: info.id, name: "script" }));
    expect(listed.text).not.toContain(token);

    const bearer = new ApiClient(server.url, token);
    const me = await bearer.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: admin.userId }, workspace: { id: admin.workspaceId, role: "admin" }, csrfToken: null });
    const statement = await importStatement(bearer, { title: "Written by a script" });
    expect(statement.title).toBe("Written by a script");
  });

  it("stops working once revoked; another user cannot revoke it (404)", async () => {
    const { token, info } = (await admin.client.post("/api/tokens", { name: "to revoke" })).body;
    const bearer = new ApiClient(server.url, token);
    const analyst = await member(server, admin.workspaceId, "analyst");

    expectError(await analyst.client.delete(`/api/tokens/${info.id}`), 404, "not_found");
    expect((await bearer.get("/api/statements")).status).toBe(200);

    expect((await admin.client.delete(`/api/tokens/${info.id}`)).status).toBe(204);
    expectError(await bearer.get("/api/statements"), 401, "unauthenticated");
    expectError(await bearer.post("/api/tokens", { name: "again" }), 401, "unauthenticated");
    expect((await admin.client.get("/api/tokens")).body.items.map((t: { id: string }) => t.id)).not.toContain(info.id);
    expectError(await admin.client.delete(`/api/tokens/${info.id}`), 404, "not_found");
  });
});

describe("login rate limit", () => {
  it("answers 429 with Retry-After after 3 attempts for one email, and never throttles API traffic", async () => {
    const limited = await startTestServer({ rateLimits: { login: { max: 3, windowSeconds: 60 } } });
    try {
      const owner = await setUp(limited);
      const client = new ApiClient(limited.url);
      const target = "Target@Example.org";
      for (let i = 0; i < 3; i++)
        expectError(await client.post("/api/auth/login", { email: target, password: `guess ${i}` }), 401, "invalid_credentials");
      const fourth = await client.post("/api/auth/login", { email: target.toLowerCase(), password: "guess 4" });
      expectError(fourth, 429, "rate_limited");
      const retryAfter = Number(fourth.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);

      for (let i = 0; i < 3; i++)
        expect((await client.post("/api/auth/login", { email: owner.email, password: `wrong ${i}` })).status).toBe(401);
      const blocked = await client.post("/api/auth/login", { email: owner.email, password: PASSWORD });
      expectError(blocked, 429, "rate_limited");
      expect(blocked.headers.getSetCookie()).toEqual([]);

      const other = await member(limited, owner.workspaceId, "viewer");
      const results = await Promise.all(Array.from({ length: 50 }, () => owner.client.get("/api/statements")));
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect((await other.client.get("/api/me")).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe("switching workspace", () => {
  it("moves the session to another workspace the user belongs to", async () => {
    const other = await newWorkspace(server, "Vienna desk");
    await server.db.membership.create({ data: { userId: admin.userId, workspaceId: other, role: "viewer" } });
    const client = await signIn(server, admin.email);
    await importStatement(client, { title: "Only in the first desk" });

    const res = await client.post("/api/me/workspace", { workspaceId: other });
    expect(res.status, res.text).toBe(200);
    expect(res.body.workspace).toEqual({ id: other, name: "Vienna desk", role: "viewer" });
    expect(res.body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual([admin.workspaceId, other].sort());
    expect((await client.get("/api/me")).body.workspace.id).toBe(other);
    expect((await client.get("/api/statements")).body.items).toEqual([]);
    expectError(await client.post("/api/statements", { title: "T", format: "text", content: "Text." }), 403, "forbidden");

    expect((await client.post("/api/me/workspace", { workspaceId: admin.workspaceId })).status).toBe(200);
    expect((await client.get("/api/me")).body.workspace).toEqual({ id: admin.workspaceId, name: "Desk", role: "admin" });
  });

  it("answers 404 for a workspace the user is not a member of, and leaves the session where it was", async () => {
    const foreign = await newWorkspace(server, "Not mine");
    const client = await signIn(server, admin.email);
    expectError(await client.post("/api/me/workspace", { workspaceId: foreign }), 404, "not_found");
    expect((await client.get("/api/me")).body.workspace.id).toBe(admin.workspaceId);
  });

  it("answers 403 to an API token, which acts in the workspace it was made for", async () => {
    const other = await newWorkspace(server, "Token desk");
    await server.db.membership.create({ data: { userId: admin.userId, workspaceId: other, role: "admin" } });
    const { token } = (await admin.client.post("/api/tokens", { name: "pinned" })).body;
    const bearer = new ApiClient(server.url, token);
    expectError(await bearer.post("/api/me/workspace", { workspaceId: other }), 403, "forbidden");
    expect((await bearer.get("/api/me")).body.workspace.id).toBe(admin.workspaceId);
  });
});
