import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { readAnnotationRecord } from "../src/features/annotations/annotation-record.ts";

let server: TestServer;
let analyst: Member;
let reviewer: Member;
let statement: { slug: string };
let workspaceId: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  workspaceId = admin.workspaceId;
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

  it("returns the review in force in annotation responses, lists and events, and an edit clears it", async () => {
    const a = await annotate(analyst.client, statement.slug);
    expect(a.review).toBeNull();
    const REX = { id: reviewer.userId, name: "Rex Reviewer" };
    const res = await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 1, comment: "Verbatim" });
    expect(res.status, res.text).toBe(200);
    const review = res.body.annotation.review;
    expect(review).toEqual({ status: "accepted", reviewer: REX, at: expect.any(String), comment: "Verbatim" });
    expect(Date.now() - Date.parse(review.at)).toBeLessThan(60_000);
    // The author reads the same annotation; what they may do with it is theirs (edit, not review).
    const asAuthor = { ...res.body.annotation, can: { edit: true, delete: true, review: false, comment: true } };
    expect(res.body.annotation.can).toEqual({ edit: false, delete: false, review: true, comment: true });
    expect((await analyst.client.get(`/api/annotations/${a.id}`)).body.annotation).toEqual(asAuthor);
    const listed = async () =>
      (await analyst.client.get(`/api/statements/${statement.slug}/annotations`)).body.items.find((i: { id: string }) => i.id === a.id);
    expect(await listed()).toEqual(asAuthor);
    const event = await server.db.event.findFirst({ where: { annotationId: a.id, type: "annotation.reviewed" } });
    // Events keep the annotation as a domain record, which reads back as the API's answer.
    const { can: _abilities, ...record } = res.body.annotation;
    expect(readAnnotationRecord(event?.payload)).toEqual(record);

    // A deletion and a restoration leave the review in force.
    expect((await analyst.client.delete(`/api/annotations/${a.id}?version=2`)).status).toBe(204);
    const restored = await analyst.client.post(`/api/annotations/${a.id}/restore`);
    expect(restored.body.annotation).toMatchObject({ status: "accepted", review });

    // Editing an accepted annotation sends it back to proposed and voids the review, in every answer.
    const edited = await analyst.client.patch(`/api/annotations/${a.id}`, { version: 4, note: "reworded" });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.annotation).toMatchObject({ status: "proposed", review: null, version: 5 });
    expect(await listed()).toMatchObject({ status: "proposed", review: null });

    // A new review is the one in force; a later one replaces it.
    await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "disputed", version: 5 });
    const again = await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "rejected", version: 6, comment: "No" });
    expect(again.body.annotation.review).toMatchObject({ status: "rejected", comment: "No", reviewer: REX });
    expect(await listed()).toEqual({ ...again.body.annotation, can: asAuthor.can });
  });

  it("records a review repeating the decision as a confirmation by another reviewer", async () => {
    const a = await annotate(analyst.client, statement.slug);
    const admin = await member(server, workspaceId, "admin", "Ada Admin");
    expect((await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 1 })).status).toBe(200);
    const confirmed = await admin.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 2, comment: "Agreed" });
    expect(confirmed.status, confirmed.text).toBe(200);
    expect(confirmed.body.annotation).toMatchObject({
      status: "accepted",
      version: 3,
      review: { reviewer: { id: admin.userId }, comment: "Agreed" },
    });
  });

  it("refuses a stale version with the current annotation, review included", async () => {
    const a = await annotate(analyst.client, statement.slug);
    await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 1 });
    const stale = await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "rejected", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ status: "accepted", version: 2, review: { status: "accepted" } });
  });
});
