import { AnnotationHistory } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let ana: Member;
let rex: Member;
let viewer: Member;
let slug: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  rex = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  viewer = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
  slug = (await importStatement(ana.client)).slug;
});
afterAll(() => server.stop());

async function history(id: string, client = viewer.client): Promise<AnnotationHistory> {
  const res = await client.get(`/api/annotations/${id}/history`);
  expect(res.status, res.text).toBe(200);
  return AnnotationHistory.parse(res.body);
}

describe("an annotation's history", () => {
  it("tells who created, changed, reviewed, deleted and restored it, with old and new values, oldest first", async () => {
    const a = await annotate(ana.client, slug, { labels: ["before"] });
    const patch = { version: 1, labels: ["after"], note: "why", attributes: { stance: "urges" } };
    expect((await ana.client.patch(`/api/annotations/${a.id}`, patch)).status).toBe(200);
    const review = { status: "accepted", version: 2, comment: "Matches the record" };
    expect((await rex.client.post(`/api/annotations/${a.id}/reviews`, review)).status).toBe(200);
    expect((await ana.client.delete(`/api/annotations/${a.id}?version=3`)).status).toBe(204);
    // Deleted annotations keep their history, readable by any member.
    expect((await history(a.id)).items.map((i) => i.action)).toEqual(["created", "updated", "reviewed", "deleted"]);
    expect((await ana.client.post(`/api/annotations/${a.id}/restore`)).status).toBe(200);

    const { items } = await history(a.id);
    const ANA = { id: ana.userId, name: "Ana Analyst" };
    expect(items.map((i) => [i.action, i.version, i.actor])).toEqual([
      ["created", 1, ANA],
      ["updated", 2, ANA],
      ["reviewed", 3, { id: rex.userId, name: "Rex Reviewer" }],
      ["deleted", 4, ANA],
      ["restored", 5, ANA],
    ]);
    const [created, updated, reviewed, deleted, restored] = items;
    expect(created?.changes).toContainEqual({ field: "labels", before: null, after: ["before"] });
    expect(created?.changes.map((c) => c.field)).toEqual(["kind", "target", "quote", "attributes", "labels", "status"]);
    expect(updated?.changes).toEqual([
      { field: "attributes", before: { stance: "welcomes" }, after: { stance: "urges" } },
      { field: "labels", before: ["before"], after: ["after"] },
      { field: "note", before: null, after: "why" },
    ]);
    expect(reviewed?.changes).toEqual([{ field: "status", before: "proposed", after: "accepted" }]);
    expect(reviewed?.review).toEqual({ status: "accepted", comment: "Matches the record" });
    expect(deleted?.changes).toEqual([]);
    expect(restored?.changes).toEqual([]);
    expect(items.filter((i) => i.action !== "reviewed").every((i) => i.review === null)).toBe(true);
    const times = items.map((i) => i.at);
    expect([...times].sort()).toEqual(times);
  });

  it("shows an edit of an accepted annotation sending it back to proposed", async () => {
    const a = await annotate(ana.client, slug);
    expect((await rex.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 1 })).status).toBe(200);
    expect((await ana.client.patch(`/api/annotations/${a.id}`, { version: 2, labels: ["x"] })).status).toBe(200);
    const last = (await history(a.id)).items.at(-1);
    expect(last?.changes).toEqual([
      { field: "labels", before: [], after: ["x"] },
      { field: "status", before: "accepted", after: "proposed" },
    ]);
  });

  it("answers 404 for an unknown annotation or an ID that is not one", async () => {
    expectError(await viewer.client.get("/api/annotations/6f1f2f3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f/history"), 404, "not_found");
    expectError(await viewer.client.get("/api/annotations/not-an-id/history"), 404, "not_found");
  });
});
