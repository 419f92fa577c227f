import type { Role } from "@verbatim/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { importStatement, member, type Member, newWorkspace, setUp, signIn } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
const others = {} as Record<Exclude<Role, "admin">, Member>;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  for (const role of ["reviewer", "analyst", "viewer"] as const) others[role] = await member(server, admin.workspaceId, role);
});
afterAll(() => server.stop());

const create = (client: ApiClient, name: unknown) => client.post("/api/workspaces", { name });
const workspaceCount = () => server.db.workspace.count();

/** Runs `start` while a transaction of the test's holds the user's row, and lets go once `waiters` locks are awaited. */
async function whileUserRowHeld<T>(userId: string, waiters: number, start: () => Promise<T>): Promise<T> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked = () => {};
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const holder = server.db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
      locked();
      await released;
    },
    { timeout: 20_000 },
  );
  await isLocked;
  const running = start();
  for (let waited = 0; ; waited += 20) {
    const [row] = await server.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`;
    if ((row?.n ?? 0) >= waiters || waited > 10_000) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  release();
  await holder;
  return running;
}

describe("POST /api/workspaces", () => {
  it("creates a workspace whose only member is its creator, as admin, and leaves the session where it was", async () => {
    const client = await signIn(server, admin.email);
    const res = await create(client, "  Geneva desk  ");
    expect(res.status, res.text).toBe(201);
    const { workspace } = res.body;
    expect(workspace).toEqual({ id: expect.any(String), name: "Geneva desk", role: "admin" });

    const memberships = await server.db.membership.findMany({ where: { workspaceId: workspace.id } });
    expect(memberships.map((m) => [m.userId, m.role])).toEqual([[admin.userId, "admin"]]);
    // Like every new workspace, it starts with the instrument registry.
    expect(await server.db.instrument.count({ where: { workspaceId: workspace.id } })).toBeGreaterThan(0);

    const me = (await client.get("/api/me")).body;
    expect(me.workspace.id).toBe(admin.workspaceId);
    expect(me.workspaces).toContainEqual(workspace);
  });

  it("lets the creator switch to it: an empty library, kept apart from the first workspace's", async () => {
    const client = await signIn(server, admin.email);
    const first = await importStatement(client, { title: "Only in the first desk", delegation: "Arcadia" });
    const { workspace } = (await create(client, "Vienna desk")).body;

    const switched = await client.post("/api/me/workspace", { workspaceId: workspace.id });
    expect(switched.status, switched.text).toBe(200);
    expect(switched.body.workspace).toEqual(workspace);
    expect(switched.body.abilities.createWorkspace).toBe(true);
    expect((await client.get("/api/statements")).body.items).toEqual([]);
    expectError(await client.get(`/api/statements/${first.slug}`), 404, "not_found");

    const second = await importStatement(client, { title: "Only in the second desk", delegation: "Arcadia" });
    expect((await client.get("/api/statements")).body.items.map((s: { id: string }) => s.id)).toEqual([second.id]);
    expect((await client.post("/api/me/workspace", { workspaceId: admin.workspaceId })).status).toBe(200);
    const firstLibrary = (await client.get("/api/statements")).body.items.map((s: { id: string }) => s.id);
    expect(firstLibrary).toContain(first.id);
    expect(firstLibrary).not.toContain(second.id);
  });

  it("adds no one else: the first workspace's members neither see it nor switch to it", async () => {
    const { workspace } = (await create(admin.client, "Private desk")).body;
    for (const m of Object.values(others)) {
      expect((await m.client.get("/api/me")).body.workspaces.map((w: { id: string }) => w.id)).not.toContain(workspace.id);
      expectError(await m.client.post("/api/me/workspace", { workspaceId: workspace.id }), 404, "not_found");
    }
  });

  it("answers 403 to a reviewer, an analyst and a viewer, and creates nothing", async () => {
    const before = await workspaceCount();
    for (const m of Object.values(others)) expectError(await create(m.client, `Desk of a ${m.email}`), 403, "forbidden");
    expect(await workspaceCount()).toBe(before);
  });

  it("goes by the role in the current workspace: an admin elsewhere, acting as a viewer here, is refused", async () => {
    const elsewhere = await newWorkspace(server, "Where they are admin");
    await server.db.membership.create({ data: { userId: others.viewer.userId, workspaceId: elsewhere, role: "admin" } });
    const client = await signIn(server, others.viewer.email);
    expectError(await create(client, "Viewer's own desk"), 403, "forbidden");
    expect((await client.post("/api/me/workspace", { workspaceId: elsewhere })).status).toBe(200);
    expect((await create(client, "Viewer's own desk")).status).toBe(201);
  });

  it("tells each member whether they may create one (GET /api/me abilities.createWorkspace)", async () => {
    expect((await admin.client.get("/api/me")).body.abilities.createWorkspace).toBe(true);
    for (const role of ["reviewer", "analyst", "viewer"] as const) {
      expect((await others[role].client.get("/api/me")).body.abilities.createWorkspace, role).toBe(false);
    }
  });

  it("answers 400 to a name that is empty, blank, too long or not text, and creates nothing", async () => {
    const before = await workspaceCount();
    for (const name of ["", "   ", "x".repeat(101), ` ${"y".repeat(101)} `, 5, null, ["Desk"]]) {
      expectValidationIssues(await create(admin.client, name));
    }
    expectValidationIssues(await admin.client.post("/api/workspaces", {}));
    expectValidationIssues(await admin.client.post("/api/workspaces", { name: "Fine", role: "admin" }));
    expectValidationIssues(await create(admin.client, "a\u0000b"));
    expect(await workspaceCount()).toBe(before);
    const longest = await create(admin.client, ` ${"z".repeat(100)} `);
    expect(longest.status, longest.text).toBe(201);
    expect(longest.body.workspace.name).toBe("z".repeat(100));
  });

  it("answers 409 conflict to a name the caller already has, in any case, and names it", async () => {
    expect((await create(admin.client, "Nairobi desk")).status).toBe(201);
    const before = await workspaceCount();
    for (const name of ["Nairobi desk", "NAIROBI DESK", " nairobi desk ", "Desk"]) {
      const res = await create(admin.client, name);
      expectError(res, 409, "conflict");
      expect(res.body.error.message).toMatch(/already belong to a workspace named "(Nairobi desk|Desk)"/);
    }
    expect(await workspaceCount()).toBe(before);
  });

  it("counts every workspace the caller belongs to, whatever their role there, and no one else's", async () => {
    const theirs = await newWorkspace(server, "Someone else's desk");
    const outsider = await member(server, theirs, "admin");
    // The name is taken by another user, not by the caller: they may use it too.
    expect((await create(admin.client, "Someone else's desk")).status).toBe(201);
    // The outsider has it already; once the admin joins as a viewer, it is theirs as well.
    expectError(await create(outsider.client, "Someone else's desk"), 409, "conflict");
    await server.db.membership.create({ data: { userId: outsider.userId, workspaceId: admin.workspaceId, role: "viewer" } });
    expectError(await create(outsider.client, "desk"), 409, "conflict");
  });

  it("creates one workspace when the same name is sent twice at once", async () => {
    const client = await signIn(server, admin.email);
    // The test holds the user's row until both requests wait on it: without a lock of their own, both would find the
    // name free and wait only at their membership's foreign key, after the check.
    const results = await whileUserRowHeld(admin.userId, 2, () =>
      Promise.all([create(client, "Racing desk"), create(client, "Racing desk")]),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await server.db.workspace.count({ where: { name: "Racing desk" } })).toBe(1);
  });

  it("takes an admin's API token; the token still acts in its own workspace", async () => {
    const { token } = (await admin.client.post("/api/tokens", { name: "script" })).body;
    const bearer = new ApiClient(server.url, token);
    const res = await create(bearer, "Scripted desk");
    expect(res.status, res.text).toBe(201);
    expect((await bearer.get("/api/me")).body.workspace.id).toBe(admin.workspaceId);
  });

  it("answers 401 without credentials and 403 csrf_failed to a session without its CSRF token", async () => {
    const before = await workspaceCount();
    expectError(await create(new ApiClient(server.url), "Anonymous desk"), 401, "unauthenticated");
    expectError(await admin.client.post("/api/workspaces", { name: "Forged desk" }, { noCsrf: true }), 403, "csrf_failed");
    expect(await workspaceCount()).toBe(before);
  });
});
