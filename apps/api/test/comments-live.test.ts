import { StatementEvent } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { openSseAs, type SseConnection, type SseMessage } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;
let slug: string;
const open: SseConnection[] = [];
beforeAll(async () => {
  // A cluster of its own: which events a stream starts after, and when they are delivered, depends on every other
  // transaction in the cluster (event-order.test.ts), and other test files run beside this one.
  server = await startTestServer({ live: { heartbeatMs: 300 }, ownCluster: true });
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  viewer = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
  slug = (await importStatement(analyst.client)).slug;
});
afterAll(async () => {
  for (const c of open) c.close();
  await server.stop();
});

async function stream(who: Member, headers: Record<string, string> = {}): Promise<SseConnection> {
  const conn = await openSseAs(who.client, `/api/statements/${slug}/events`, headers);
  open.push(conn);
  expect(conn.status, conn.errorText).toBe(200);
  await conn.waitFor((m) => m.event === "ready");
  return conn;
}

const parse = (m: SseMessage) => StatementEvent.parse(JSON.parse(m.data));
const commentOf = (m: SseMessage) => {
  const e = parse(m);
  if (!("comment" in e)) throw new Error(`not a comment event: ${m.event}`);
  return e.comment;
};
const isFor = (type: string, id: string) => (m: SseMessage) => m.event === type && commentOf(m).id === id;

describe("comment events on the statement's stream", () => {
  it("streams created, updated, deleted and restored within a second, as the API presents the comment", async () => {
    const conn = await stream(viewer);
    const a = await annotate(analyst.client, slug);
    const created = (await analyst.client.post(`/api/annotations/${a.id}/comments`, { body: "Live." })).body.comment;
    // The stream is a viewer's: they may do nothing with the comment, as a GET by them would say.
    const forViewer = (comment: object) => ({ ...comment, can: { edit: false, delete: false } });
    const c = await conn.waitFor(isFor("comment.created", created.id), 1_000);
    expect(parse(c)).toMatchObject({ type: "comment.created", actorId: analyst.userId, comment: forViewer(created) });
    expect(c.id).toBe(parse(c).id);

    const updated = (await analyst.client.patch(`/api/comments/${created.id}`, { version: 1, body: "Live, edited." })).body.comment;
    expect(commentOf(await conn.waitFor(isFor("comment.updated", created.id), 1_000))).toEqual(forViewer(updated));
    expect((await admin.client.delete(`/api/comments/${created.id}`)).status).toBe(204);
    const d = parse(await conn.waitFor(isFor("comment.deleted", created.id), 1_000));
    expect(d).toMatchObject({ actorId: admin.userId, comment: { id: created.id, annotationId: a.id, version: 3 } });
    expect(Object.keys((d as { comment: object }).comment).sort()).toEqual(["annotationId", "id", "version"]);
    const restored = (await analyst.client.post(`/api/comments/${created.id}/restore`)).body.comment;
    expect(commentOf(await conn.waitFor(isFor("comment.restored", created.id), 1_000))).toEqual(forViewer(restored));

    const ids = conn.messages.filter((m) => m.id !== undefined).map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
  });

  it("replays missed comment events after Last-Event-ID, in order with annotation events", async () => {
    const first = await stream(viewer);
    const a = await annotate(analyst.client, slug);
    await first.waitFor((m) => m.event === "annotation.created" && (parse(m) as { annotation: { id: string } }).annotation.id === a.id);
    const resumeFrom = first.lastEventId!;
    first.close();
    const one = (await analyst.client.post(`/api/annotations/${a.id}/comments`, { body: "Missed one." })).body.comment;
    const two = (await admin.client.post(`/api/annotations/${a.id}/comments`, { body: "Missed two.", parentId: one.id })).body.comment;
    const again = await stream(viewer, { "last-event-id": resumeFrom });
    await again.waitFor(isFor("comment.created", two.id), 1_000);
    const replayed = again.messages.filter((m) => m.event === "comment.created").map((m) => commentOf(m).id);
    expect(replayed).toEqual([one.id, two.id]);
  });

  it("writes one event row per change, with the annotation it concerns", async () => {
    const a = await annotate(analyst.client, slug);
    const c = (await analyst.client.post(`/api/annotations/${a.id}/comments`, { body: "Row." })).body.comment;
    const rows = await server.db.event.findMany({ where: { type: { startsWith: "comment." }, payload: { path: ["id"], equals: c.id } } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: "comment.created", annotationId: a.id, actorId: analyst.userId, workspaceId: admin.workspaceId });
  });
});
