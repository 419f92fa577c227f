import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let analyst: Member;
let reviewer: Member;
let statement: { slug: string };
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  statement = await importStatement(analyst.client);
});
afterAll(() => server.stop());

describe("reviews and history", () => {
  it("records each review (accepted, rejected, disputed) and keeps the history before and after", async () => {
    const a = await annotate(analyst.client, statement.slug);
    let version = 1;
    for (const status of ["accepted", "rejected", "disputed"] as const) {
      const res = await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status, version, comment: `looks ${status}` });
      expect(res.status, res.text).toBe(200);
      expect(res.body.annotation).toMatchObject({ id: a.id, status, version: version + 1 });
      version++;
    }
    const reviews = await server.db.review.findMany({ where: { annotationId: a.id }, orderBy: { createdAt: "asc" } });
    expect(reviews.map((r) => [r.status, r.comment, r.reviewerId, r.annotationVersion])).toEqual([
      ["accepted", "looks accepted", reviewer.userId, 2],
      ["rejected", "looks rejected", reviewer.userId, 3],
      ["disputed", "looks disputed", reviewer.userId, 4],
    ]);
    const changes = await server.db.annotationChange.findMany({ where: { annotationId: a.id }, orderBy: { version: "asc" } });
    expect(changes.map((c) => [c.version, c.action, c.actorId])).toEqual([
      [1, "created", analyst.userId],
      [2, "reviewed", reviewer.userId],
      [3, "reviewed", reviewer.userId],
      [4, "reviewed", reviewer.userId],
    ]);
    expect(changes[0]?.before).toBeNull();
    expect(changes[0]?.after).toMatchObject({ kind: "position", status: "proposed", quote: a.quote, target: a.target });
    expect(changes.slice(1).map((c) => [(c.before as { status: string }).status, (c.after as { status: string }).status])).toEqual([
      ["proposed", "accepted"],
      ["accepted", "rejected"],
      ["rejected", "disputed"],
    ]);
  });

  it("lets a reviewer review their own annotation", async () => {
    const own = await annotate(reviewer.client, statement.slug);
    const res = await reviewer.client.post(`/api/annotations/${own.id}/reviews`, { status: "accepted", version: 1 });
    expect(res.status, res.text).toBe(200);
    expect(res.body.annotation).toMatchObject({ status: "accepted", version: 2, author: { id: reviewer.userId } });
  });

  it("keeps every update, deletion and restoration in the history, with the actor and the state before and after", async () => {
    const a = await annotate(analyst.client, statement.slug, { labels: ["before"] });
    expect((await analyst.client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["after"], note: "why" })).status).toBe(200);
    expect((await analyst.client.delete(`/api/annotations/${a.id}?version=2`)).status).toBe(204);
    expect((await analyst.client.post(`/api/annotations/${a.id}/restore`)).status).toBe(200);
    const changes = await server.db.annotationChange.findMany({ where: { annotationId: a.id }, orderBy: { version: "asc" } });
    const states = changes.map((c) => [
      c.version,
      c.action,
      c.actorId,
      (c.before as { labels?: string[] } | null)?.labels,
      (c.after as { labels?: string[] } | null)?.labels,
    ]);
    expect(states).toEqual([
      [1, "created", analyst.userId, undefined, ["before"]],
      [2, "updated", analyst.userId, ["before"], ["after"]],
      [3, "deleted", analyst.userId, ["after"], undefined],
      [4, "restored", analyst.userId, ["after"], ["after"]],
    ]);
    expect(changes[2]?.after).toBeNull();
    expect(changes[1]?.after).toMatchObject({ note: "why", status: "proposed" });
  });
});
