import type { Role } from "@verbatim/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// The server sends what the caller may do with each object and in the workspace, so the web app decides nothing.
let server: TestServer;
const as = {} as Record<Role | "author", Member>;
let slug: string;
beforeAll(async () => {
  server = await startTestServer();
  as.admin = await setUp(server);
  for (const role of ["reviewer", "analyst", "viewer"] as const) as[role] = await member(server, as.admin.workspaceId, role);
  as.author = await member(server, as.admin.workspaceId, "analyst", "Ann Author");
  slug = (await importStatement(as.author.client)).slug;
});
afterAll(() => server.stop());

const ROLES = ["admin", "reviewer", "analyst", "viewer"] as const;

describe("abilities sent by the server", () => {
  it("GET /api/me gives each role's abilities in the workspace", async () => {
    const abilities = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, (await as[r].client.get("/api/me")).body.abilities])),
    );
    expect(abilities).toEqual({
      admin: {
        import: true,
        review: true,
        manageMembers: true,
        addInstruments: true,
        createWorkspace: true,
        assign: true,
        restoreStatements: true,
        saveViews: true,
      },
      reviewer: {
        import: true,
        review: true,
        manageMembers: false,
        addInstruments: false,
        createWorkspace: false,
        assign: true,
        restoreStatements: false,
        saveViews: true,
      },
      analyst: {
        import: true,
        review: false,
        manageMembers: false,
        addInstruments: false,
        createWorkspace: false,
        assign: false,
        restoreStatements: false,
        saveViews: true,
      },
      viewer: {
        import: false,
        review: false,
        manageMembers: false,
        addInstruments: false,
        createWorkspace: false,
        assign: false,
        restoreStatements: false,
        saveViews: false,
      },
    });
  });

  it("sends with an annotation what each caller may do with it: its author and admins change it, reviewers review", async () => {
    const a = await annotate(as.author.client, slug);
    const canOf = async (who: Member) => (await who.client.get(`/api/annotations/${a.id}`)).body.annotation.can;
    expect(await canOf(as.author)).toEqual({ edit: true, delete: true, review: false, comment: true });
    expect(await canOf(as.analyst)).toEqual({ edit: false, delete: false, review: false, comment: true });
    expect(await canOf(as.reviewer)).toEqual({ edit: false, delete: false, review: true, comment: true });
    expect(await canOf(as.admin)).toEqual({ edit: true, delete: true, review: true, comment: true });
    expect(await canOf(as.viewer)).toEqual({ edit: false, delete: false, review: false, comment: false });
  });

  it("and the verdicts match what the API then allows", async () => {
    const a = await annotate(as.author.client, slug);
    for (const role of ROLES) {
      const { can, version } = (await as[role].client.get(`/api/annotations/${a.id}`)).body.annotation;
      const edit = await as[role].client.patch(`/api/annotations/${a.id}`, { version, labels: [role] });
      expect([role, edit.status === 200]).toEqual([role, can.edit]);
    }
  });

  it("sends with a comment that its author edits it, and its author or an admin deletes it", async () => {
    const a = await annotate(as.author.client, slug);
    const posted = await as.analyst.client.post(`/api/annotations/${a.id}/comments`, { body: "A thought." });
    expect(posted.body.comment.can).toEqual({ edit: true, delete: true });
    const canOf = async (who: Member) => (await who.client.get(`/api/annotations/${a.id}/comments`)).body.items[0].can;
    expect(await canOf(as.admin)).toEqual({ edit: false, delete: true });
    expect(await canOf(as.reviewer)).toEqual({ edit: false, delete: false });
    expect(await canOf(as.viewer)).toEqual({ edit: false, delete: false });
  });

  it("sends with a statement whether the caller may annotate it, edit it, revise it and delete it", async () => {
    const writes = { annotate: true, edit: true, revise: true };
    // Only the author has annotated it: the author, its importer, may delete it, as admins may any statement.
    const expected = {
      admin: { ...writes, delete: true },
      reviewer: { ...writes, delete: false },
      analyst: { ...writes, delete: false },
      viewer: { annotate: false, edit: false, revise: false, delete: false },
      author: { ...writes, delete: true },
    };
    for (const who of [...ROLES, "author"] as const) {
      const { can } = (await as[who].client.get(`/api/statements/${slug}`)).body.statement;
      expect([who, can]).toEqual([who, expected[who]]);
    }
  });

  it("and a statement's verdicts match what the API then allows", async () => {
    for (const who of [...ROLES, "author"] as const) {
      const { slug: fresh } = await importStatement(as.author.client, { title: `Abilities ${who}` });
      await annotate(as.analyst.client, fresh);
      const { can, version } = (await as[who].client.get(`/api/statements/${fresh}`)).body.statement;
      const edit = await as[who].client.patch(`/api/statements/${fresh}`, { version, title: `Edited by ${who}` });
      const del = await as[who].client.delete(`/api/statements/${fresh}`);
      expect([who, edit.status === 200, del.status === 204]).toEqual([who, can.edit, can.delete]);
    }
  });

  it("sends with a member whether an admin may change their role or remove them, never for the last admin", async () => {
    const byId = async (who: Member) =>
      new Map((await who.client.get("/api/members")).body.items.map((m: { id: string; can: object }) => [m.id, m.can]));
    const adminView = await byId(as.admin);
    expect(adminView.get(as.analyst.userId)).toEqual({ changeRole: true, remove: true });
    expect(adminView.get(as.admin.userId)).toEqual({ changeRole: false, remove: false });
    expect((await byId(as.reviewer)).get(as.analyst.userId)).toEqual({ changeRole: false, remove: false });
  });
});
