import { AssignmentPage, ReviewQueuePage } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { snapshot } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let ana: Member;
let bo: Member;
let rex: Member;
let rita: Member;
let vic: Member;
let s1: { id: string; slug: string };
let s2: { id: string; slug: string };

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  bo = await member(server, admin.workspaceId, "analyst", "Bo Analyst");
  rex = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  rita = await member(server, admin.workspaceId, "reviewer", "Rita Reviewer");
  vic = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
  s1 = await importStatement(ana.client, { title: "First statement", delegation: "Arcadia" });
  s2 = await importStatement(bo.client, { title: "Second statement", delegation: "Borduria" });
});
afterAll(() => server.stop());

async function list(client: { get: Member["client"]["get"] }, query: string): Promise<AssignmentPage> {
  const res = await client.get(`/api/assignments?${query}`);
  expect(res.status, res.text).toBe(200);
  return AssignmentPage.parse(res.body);
}

describe("assigning statements", () => {
  it("assigns several statements to several people at once, each with the due date and who assigned it", async () => {
    const res = await rex.client.post("/api/assignments", {
      statements: [s1.slug, s2.id],
      assignees: [ana.userId, bo.userId],
      task: "tag",
      dueDate: "2031-03-01",
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.items).toHaveLength(4);
    for (const a of res.body.items) {
      expect(a).toMatchObject({ task: "tag", dueDate: "2031-03-01", doneAt: null, assignedBy: { id: rex.userId, name: "Rex Reviewer" } });
      expect(a.can).toEqual({ complete: true, delete: true });
    }
    const mine = await list(ana.client, "assignee=me");
    expect(mine.items.map((a) => a.statement.slug).sort()).toEqual([s1.slug, s2.slug].sort());
    expect(mine.items.every((a) => a.assignee.id === ana.userId && a.can.complete && !a.can.delete)).toBe(true);
  });

  it("lists the soonest due first, undated last, and filters by statement and task", async () => {
    await admin.client.post("/api/assignments", { statements: [s2.slug], assignees: [rita.userId], task: "review" });
    await admin.client.post("/api/assignments", { statements: [s1.slug], assignees: [rita.userId], task: "review", dueDate: "2030-01-01" });
    const ritas = await list(rita.client, "assignee=me");
    expect(ritas.items.map((a) => [a.statement.slug, a.dueDate])).toEqual([
      [s1.slug, "2030-01-01"],
      [s2.slug, null],
    ]);
    const onS1 = await list(vic.client, `statement=${s1.slug}&task=review`);
    expect(onS1.items.map((a) => a.assignee.id)).toEqual([rita.userId]);
    expect(onS1.items[0]?.can).toEqual({ complete: false, delete: false });
    expect((await list(vic.client, `statement=${s1.id}`)).items).toHaveLength(3);
  });

  it("refuses, with 422 invalid_assignee naming them, people whose role cannot take the task or who are not members", async () => {
    const before = await snapshot(server.db);
    const stranger = "00000000-0000-4000-8000-000000000000";
    const tag = await rex.client.post("/api/assignments", {
      statements: [s1.slug],
      assignees: [ana.userId, vic.userId, stranger],
      task: "tag",
    });
    expectError(tag, 422, "invalid_assignee");
    expect(tag.body.error.details.assignees).toEqual([vic.userId, stranger]);
    const review = await rex.client.post("/api/assignments", {
      statements: [s1.slug],
      assignees: [ana.userId, rita.userId],
      task: "review",
    });
    expectError(review, 422, "invalid_assignee");
    expect(review.body.error.details.assignees).toEqual([ana.userId]);
    const unknown = await rex.client.post("/api/assignments", {
      statements: [s1.slug, "no-such-slug"],
      assignees: [ana.userId],
      task: "tag",
    });
    expectError(unknown, 404, "not_found");
    expect(unknown.body.error.details.statements).toEqual(["no-such-slug"]);
    expect(await snapshot(server.db)).toEqual(before);
  });

  it("offers only the members who may take each task", async () => {
    const res = await rex.client.get("/api/assignments/assignees");
    expect(res.status).toBe(200);
    const ids = (refs: { id: string }[]) => refs.map((r) => r.id).sort();
    expect(ids(res.body.tag)).toEqual([admin.userId, ana.userId, bo.userId, rex.userId, rita.userId].sort());
    expect(ids(res.body.review)).toEqual([admin.userId, rex.userId, rita.userId].sort());
  });
});

describe("done, reopened, withdrawn", () => {
  it("the assignee or the assigner marks it done or opens it again; nobody else", async () => {
    const [a] = (await list(ana.client, `assignee=me&statement=${s1.slug}`)).items;
    expect(a).toBeDefined();
    expectError(await bo.client.patch(`/api/assignments/${a!.id}`, { done: true }), 403, "forbidden");
    expectError(await rita.client.patch(`/api/assignments/${a!.id}`, { done: true }), 403, "forbidden");
    const done = await ana.client.patch(`/api/assignments/${a!.id}`, { done: true });
    expect(done.status, done.text).toBe(200);
    expect(done.body.assignment.doneAt).not.toBeNull();
    expect((await list(ana.client, "assignee=me")).items.map((x) => x.id)).not.toContain(a!.id);
    expect((await list(ana.client, "assignee=me&state=done")).items.map((x) => x.id)).toEqual([a!.id]);
    const reopened = await rex.client.patch(`/api/assignments/${a!.id}`, { done: false });
    expect(reopened.body.assignment.doneAt).toBeNull();
  });

  it("assigning again keeps the one assignment, with the new due date, open again", async () => {
    const [a] = (await list(bo.client, `assignee=me&statement=${s2.slug}`)).items;
    await bo.client.patch(`/api/assignments/${a!.id}`, { done: true });
    const again = await admin.client.post("/api/assignments", {
      statements: [s2.slug],
      assignees: [bo.userId],
      task: "tag",
      dueDate: "2032-05-05",
    });
    expect(again.body.items).toMatchObject([{ id: a!.id, dueDate: "2032-05-05", doneAt: null, assignedBy: { id: admin.userId } }]);
  });

  it("whoever assigned it withdraws it, and an admin withdraws anyone's; another reviewer cannot", async () => {
    const made = await rex.client.post("/api/assignments", { statements: [s2.slug], assignees: [rita.userId], task: "tag" });
    const byAdmin = await admin.client.post("/api/assignments", { statements: [s1.slug], assignees: [rex.userId], task: "tag" });
    const [own, others] = [made.body.items[0].id, byAdmin.body.items[0].id];
    expectError(await rita.client.delete(`/api/assignments/${own}`), 403, "forbidden");
    expect((await rex.client.delete(`/api/assignments/${own}`)).status).toBe(204);
    expect((await admin.client.delete(`/api/assignments/${others}`)).status).toBe(204);
    expectError(await rex.client.delete(`/api/assignments/${own}`), 404, "not_found");
  });
});

describe("the review queue narrowed to one's assignments", () => {
  it("shows only statements the caller has an open review assignment for, facets included", async () => {
    const inS1 = (await annotate(ana.client, s1.slug)).id;
    const inS2 = (await annotate(bo.client, s2.slug)).id;
    const queue = async (query: string) => {
      const res = await rex.client.get(`/api/reviews/queue?${query}`);
      expect(res.status, res.text).toBe(200);
      return ReviewQueuePage.parse(res.body);
    };
    expect((await queue("assignedToMe=true")).items).toEqual([]);
    const made = await admin.client.post("/api/assignments", { statements: [s2.slug], assignees: [rex.userId], task: "review" });
    const mine = await queue("assignedToMe=true");
    expect(mine.items.map((i) => i.annotation.id)).toEqual([inS2]);
    expect(mine.facets.statements.map((s) => s.slug)).toEqual([s2.slug]);
    expect(mine.total).toBe(1);
    expect((await queue("assignedToMe=false")).items.map((i) => i.annotation.id)).toEqual(expect.arrayContaining([inS1, inS2]));
    await rex.client.patch(`/api/assignments/${made.body.items[0].id}`, { done: true });
    expect((await queue("assignedToMe=true")).items).toEqual([]);
  });
});
