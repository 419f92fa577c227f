import { Member as MemberSchema, MemberList } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { snapshot } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, newWorkspace, PASSWORD, setUp, signIn } from "./support/factories.ts";
import { sseStatus } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
});
afterAll(() => server.stop());

const roleOf = async (userId: string, workspaceId = admin.workspaceId) =>
  (await server.db.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } }))?.role ?? null;

describe("listing members", () => {
  it("shows every member to every role, sorted by name, in the contract's shape", async () => {
    const zed = await member(server, admin.workspaceId, "viewer", "zed Viewer");
    const bea = await member(server, admin.workspaceId, "analyst", "Bea Analyst");
    const elsewhere = await member(server, await newWorkspace(server), "admin", "Aaron Elsewhere");
    for (const who of [admin, zed, bea]) {
      const res = await who.client.get("/api/members");
      expect(res.status, res.text).toBe(200);
      expect(MemberList.parse(res.body)).toBeTruthy();
      const names = res.body.items.map((m: { name: string }) => m.name);
      expect(names).toEqual(["Ada Admin", "Bea Analyst", "zed Viewer"]);
      expect(res.text).not.toContain(elsewhere.email);
    }
    const [ada] = (await bea.client.get("/api/members")).body.items;
    expect(Object.keys(ada).sort()).toEqual(Object.keys(MemberSchema.shape).sort());
    expect(ada).toMatchObject({ id: admin.userId, email: admin.email, role: "admin" });
    await server.db.membership.deleteMany({ where: { userId: { in: [zed.userId, bea.userId] } } });
  });
});

describe("changing a role", () => {
  it("answers 200 with the member, and the new role takes effect on the member's next request", async () => {
    const analyst = await member(server, admin.workspaceId, "analyst", "Cleo Analyst");
    const slug = (await importStatement(admin.client)).slug;
    const annotation = await annotate(analyst.client, slug);
    expectError(
      await analyst.client.post(`/api/annotations/${annotation.id}/reviews`, { status: "accepted", version: 1 }),
      403,
      "forbidden",
    );
    const res = await admin.client.patch(`/api/members/${analyst.userId}`, { role: "reviewer" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.member).toMatchObject({ id: analyst.userId, name: "Cleo Analyst", role: "reviewer" });
    expect((await analyst.client.get("/api/me")).body.workspace.role).toBe("reviewer");
    const reviewed = await analyst.client.post(`/api/annotations/${annotation.id}/reviews`, { status: "accepted", version: 1 });
    expect(reviewed.status, reviewed.text).toBe(200);
  });

  it("refuses to demote the last admin (409 last_admin) and allows it once there is another", async () => {
    const before = await snapshot(server.db);
    expectError(await admin.client.patch(`/api/members/${admin.userId}`, { role: "analyst" }), 409, "last_admin");
    expect(await snapshot(server.db)).toEqual(before);
    const second = await member(server, admin.workspaceId, "reviewer", "Second Admin");
    expect((await admin.client.patch(`/api/members/${second.userId}`, { role: "admin" })).status).toBe(200);
    const res = await second.client.patch(`/api/members/${admin.userId}`, { role: "analyst" });
    expect(res.status, res.text).toBe(200);
    expectError(await second.client.patch(`/api/members/${second.userId}`, { role: "viewer" }), 409, "last_admin");
    expect((await second.client.patch(`/api/members/${admin.userId}`, { role: "admin" })).status).toBe(200);
    expect(await roleOf(admin.userId)).toBe("admin");
    await server.db.membership.delete({ where: { userId_workspaceId: { userId: second.userId, workspaceId: admin.workspaceId } } });
  });

  it("keeps an admin when two admins demote each other at the same moment", async () => {
    const other = await member(server, admin.workspaceId, "admin", "Other Admin");
    const membership = (userId: string) => ({ userId_workspaceId: { userId, workspaceId: admin.workspaceId } });
    // Several rounds, since which of the two schedules a round takes depends on the machine's load.
    for (let round = 0; round < 5; round++) {
      const before = await snapshot(server.db);
      const [byAdmin, byOther] = await Promise.all([
        admin.client.patch(`/api/members/${other.userId}`, { role: "analyst" }),
        other.client.patch(`/api/members/${admin.userId}`, { role: "analyst" }),
      ]);
      const tries = [
        { res: byAdmin, target: other },
        { res: byOther, target: admin },
      ];
      const statuses = tries.map((t) => `${t.res.status} ${t.res.text.slice(0, 200)}`).join("\n");
      const won = tries.filter((t) => t.res.status === 200);
      expect(won, statuses).toHaveLength(1);
      const winner = won[0]!;
      const loser = tries.find((t) => t !== winner)!;
      expect(winner.res.body.member).toMatchObject({ id: winner.target.userId, role: "analyst" });
      // The loser is refused for what the winner did: 409 last_admin when it had passed the role check before the
      // winner's change committed (it then waits on the workspace lock and counts one admin), or 403 forbidden
      // when that change committed before its request was authorised (its sender is no longer an admin).
      if (loser.res.status === 403) expectError(loser.res, 403, "forbidden");
      else expectError(loser.res, 409, "last_admin");
      // Exactly the winner's change was made: one admin left, the one the loser tried to demote.
      expect(await roleOf(winner.target.userId)).toBe("analyst");
      expect(await roleOf(loser.target.userId)).toBe("admin");
      expect(await server.db.membership.count({ where: { workspaceId: admin.workspaceId, role: "admin" } })).toBe(1);
      // Nothing else changed: giving the winner's target its role back restores every table.
      await server.db.membership.update({ where: membership(winner.target.userId), data: { role: "admin" } });
      expect(await snapshot(server.db)).toEqual(before);
    }
    await server.db.membership.delete({ where: membership(other.userId) });
  });

  it("answers 404 for a user who is not a member here, and for IDs that are not UUIDs", async () => {
    const outsider = await member(server, await newWorkspace(server), "viewer");
    for (const id of [outsider.userId, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expectError(await admin.client.patch(`/api/members/${id}`, { role: "viewer" }), 404, "not_found");
      expectError(await admin.client.delete(`/api/members/${id}`), 404, "not_found");
    }
    expect(await roleOf(outsider.userId, outsider.workspaceId)).toBe("viewer");
  });

  it("is refused to everyone but admins (403), including on their own row", async () => {
    for (const role of ["reviewer", "analyst", "viewer"] as const) {
      const m = await member(server, admin.workspaceId, role);
      expectError(await m.client.patch(`/api/members/${m.userId}`, { role: "admin" }), 403, "forbidden");
      expectError(await m.client.delete(`/api/members/${admin.userId}`), 403, "forbidden");
      expect(await roleOf(m.userId)).toBe(role);
    }
  });
});

describe("removing a member", () => {
  it("answers 204; the member's sessions, tokens and event streams stop working here; their annotations stay", async () => {
    const analyst = await member(server, admin.workspaceId, "analyst", "Dana Analyst");
    const slug = (await importStatement(admin.client)).slug;
    const annotation = await annotate(analyst.client, slug);
    const token = (await analyst.client.post("/api/tokens", { name: "script" })).body.token as string;
    const bearer = new ApiClient(server.url, token);
    expect((await bearer.get("/api/statements")).status).toBe(200);
    const secondSession = await signIn(server, analyst.email);

    const res = await admin.client.delete(`/api/members/${analyst.userId}`);
    expect(res.status, res.text).toBe(204);
    for (const client of [analyst.client, secondSession, bearer]) {
      expectError(await client.get("/api/statements"), 401, "unauthenticated");
      expectError(await client.get(`/api/annotations/${annotation.id}`), 401, "unauthenticated");
      expectError(
        await client.post(`/api/statements/${slug}/annotations`, {
          kind: "position",
          target: { paragraphId: "p2", start: 0, end: 2 },
          attributes: { stance: "notes" },
        }),
        401,
        "unauthenticated",
      );
      expect(await sseStatus(client, `/api/statements/${slug}/events`)).toMatchObject({ status: 401 });
    }
    expectError(await new ApiClient(server.url).post("/api/auth/login", { email: analyst.email, password: PASSWORD }), 403, "forbidden");
    const kept = await admin.client.get(`/api/annotations/${annotation.id}`);
    expect(kept.body.annotation).toMatchObject({ id: annotation.id, author: { id: analyst.userId, name: "Dana Analyst" } });
    expect((await admin.client.get("/api/members")).text).not.toContain(analyst.email);
    expect(await server.db.apiToken.count({ where: { userId: analyst.userId, revokedAt: null } })).toBe(0);
  });

  it("a member of two workspaces removed from one goes on acting only in the other", async () => {
    const otherWorkspace = await newWorkspace(server, "Second desk");
    const both = await member(server, admin.workspaceId, "analyst", "Eli Both");
    await server.db.membership.create({ data: { userId: both.userId, workspaceId: otherWorkspace, role: "viewer" } });
    expect((await both.client.get("/api/me")).body.workspace.id).toBe(admin.workspaceId);
    expect((await admin.client.delete(`/api/members/${both.userId}`)).status).toBe(204);
    const me = await both.client.get("/api/me");
    expect(me.body.workspace).toMatchObject({ id: otherWorkspace, role: "viewer" });
    expect(me.body.workspaces.map((w: { id: string }) => w.id)).toEqual([otherWorkspace]);
    expectError(await both.client.post("/api/me/workspace", { workspaceId: admin.workspaceId }), 404, "not_found");
  });

  it("refuses to remove the last admin, themselves included (409 last_admin)", async () => {
    const before = await snapshot(server.db);
    expectError(await admin.client.delete(`/api/members/${admin.userId}`), 409, "last_admin");
    expect(await snapshot(server.db)).toEqual(before);
  });

  it("lets an admin leave while another admin remains", async () => {
    const leaving = await member(server, admin.workspaceId, "admin", "Leaving Admin");
    const res = await leaving.client.delete(`/api/members/${leaving.userId}`);
    expect(res.status, res.text).toBe(204);
    expect(await roleOf(leaving.userId)).toBeNull();
    expectError(await leaving.client.get("/api/members"), 401, "unauthenticated");
  });
});
