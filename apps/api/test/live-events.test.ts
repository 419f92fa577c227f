import { AnnotationEvent, CodebookEvent, RecodedEvent } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { openSseAs, type SseConnection, type SseMessage } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { readEventsSince } from "../src/features/live/events-sql.ts";
import { START_OF_EVENTS } from "../src/features/live/event-cursor.ts";

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

async function stream(who: Member, headers: Record<string, string> = {}, query = ""): Promise<SseConnection> {
  const conn = await openSseAs(who.client, `/api/statements/${slug}/events${query}`, headers);
  open.push(conn);
  expect(conn.status, conn.errorText).toBe(200);
  await conn.waitFor((m) => m.event === "ready");
  return conn;
}

const changes = (conn: SseConnection) => conn.messages.filter((m) => m.event.startsWith("annotation."));
const parse = (m: SseMessage) => AnnotationEvent.parse(JSON.parse(m.data));
const isFor = (type: string, id: string, version?: number) => (m: SseMessage) =>
  m.event === type && parse(m).annotation.id === id && (version === undefined || parse(m).annotation.version === version);

describe("GET /api/statements/:idOrSlug/events", () => {
  it("answers as an event stream: no caching, no proxy buffering, a retry delay, then ready", async () => {
    const conn = await stream(viewer);
    expect(conn.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(conn.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(conn.headers.get("x-accel-buffering")).toBe("no");
    expect(JSON.parse(conn.messages[0]!.data)).toEqual({ resumed: false });
    conn.close();
  });

  it("streams created, updated, reviewed, deleted and restored within a second, as the API presents them to the reader", async () => {
    const conn = await stream(viewer);
    // A viewer may do nothing with anyone's annotation: each event says so, as a GET by the viewer would.
    const forViewer = (a: object) => ({ ...a, can: { edit: false, delete: false, review: false, comment: false } });
    const created = await annotate(analyst.client, slug, { labels: ["live"] });
    const start = performance.now();
    const c = await conn.waitFor(isFor("annotation.created", created.id), 1_000);
    expect(c.receivedAt - start).toBeLessThan(1_000);
    expect(parse(c)).toMatchObject({ type: "annotation.created", actorId: analyst.userId, annotation: forViewer(created) });
    expect(c.id).toBe(parse(c).id);

    const updated = (await analyst.client.patch(`/api/annotations/${created.id}`, { version: 1, labels: ["live", "edited"] })).body
      .annotation;
    expect(parse(await conn.waitFor(isFor("annotation.updated", created.id), 1_000)).annotation).toEqual(forViewer(updated));
    const reviewed = (await admin.client.post(`/api/annotations/${created.id}/reviews`, { status: "accepted", version: 2 })).body
      .annotation;
    const r = parse(await conn.waitFor(isFor("annotation.reviewed", created.id), 1_000));
    expect(r).toMatchObject({ actorId: admin.userId, annotation: forViewer(reviewed) });
    expect((await analyst.client.delete(`/api/annotations/${created.id}?version=3`)).status).toBe(204);
    expect(parse(await conn.waitFor(isFor("annotation.deleted", created.id), 1_000)).annotation).toEqual({ id: created.id, version: 4 });
    const restored = (await analyst.client.post(`/api/annotations/${created.id}/restore`)).body.annotation;
    expect(parse(await conn.waitFor(isFor("annotation.restored", created.id), 1_000)).annotation).toEqual(forViewer(restored));

    const ids = changes(conn).map((m) => Number(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    conn.close();
  });

  it("presents each event to each reader: the author's stream says they may edit, a viewer's that they may not", async () => {
    const [mine, theirs] = [await stream(analyst), await stream(viewer)];
    const created = await annotate(analyst.client, slug, { labels: ["per-reader"] });
    const canOf = async (conn: SseConnection) =>
      (parse(await conn.waitFor(isFor("annotation.created", created.id), 1_000)) as { annotation: { can: object } }).annotation.can;
    expect(await canOf(mine)).toEqual(created.can);
    expect(await canOf(mine)).toEqual({ edit: true, delete: true, review: false, comment: true });
    expect(await canOf(theirs)).toEqual({ edit: false, delete: false, review: false, comment: false });
    mine.close();
    theirs.close();
  });

  it("starts a fresh stream at the latest event: nothing old is sent", async () => {
    await annotate(analyst.client, slug);
    const conn = await stream(viewer);
    const latest = await server.db.$queryRaw<{ id: string }[]>`SELECT max(id)::text AS id FROM events`;
    expect(conn.messages[0]!.id).toBe(latest[0]!.id);
    const next = await annotate(analyst.client, slug);
    await conn.waitFor(isFor("annotation.created", next.id));
    expect(changes(conn)).toHaveLength(1);
    conn.close();
  });

  it("replays exactly the missed events after Last-Event-ID, and ?lastEventId= does the same", async () => {
    const first = await stream(viewer);
    const a = await annotate(analyst.client, slug);
    await first.waitFor(isFor("annotation.created", a.id));
    const lastSeen = first.lastEventId!;
    first.close();

    const b = await annotate(analyst.client, slug);
    await analyst.client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["missed"] });
    expect((await analyst.client.delete(`/api/annotations/${b.id}`)).status).toBe(204);
    const missed = await server.db.$queryRaw<{ id: string; type: string }[]>`
      SELECT e.id::text AS id, e.type FROM events e WHERE e.id > ${BigInt(lastSeen)} ORDER BY e.id`;
    expect(missed.map((m) => m.type)).toEqual(["annotation.created", "annotation.updated", "annotation.deleted"]);

    const resumes: { headers: Record<string, string>; query: string }[] = [
      { headers: { "last-event-id": lastSeen }, query: "" },
      { headers: {}, query: `?lastEventId=${lastSeen}` },
    ];
    for (const resume of resumes) {
      const again = await stream(viewer, resume.headers, resume.query);
      expect(JSON.parse(again.messages[0]!.data)).toEqual({ resumed: true });
      await again.waitFor(isFor("annotation.deleted", b.id));
      await new Promise((r) => setTimeout(r, 150));
      expect(changes(again).map((m) => [m.id, m.event])).toEqual(missed.map((m) => [m.id, m.type]));
      again.close();
    }
  });

  it("an ID of no event of this statement starts at the latest, saying it did not resume", async () => {
    const other = await importStatement(analyst.client, { title: "Other", delegation: "Borduria" });
    await annotate(analyst.client, other.slug);
    const [foreign] = await server.db.$queryRaw<{ id: string }[]>`SELECT max(id)::text AS id FROM events`;
    for (const id of [foreign!.id, "999999999999999999"]) {
      const conn = await stream(viewer, { "last-event-id": id });
      expect(JSON.parse(conn.messages[0]!.data)).toEqual({ resumed: false });
      conn.close();
    }
  });

  it("refuses a Last-Event-ID that is not an event ID (400)", async () => {
    for (const id of ["12; DROP", "9999999999999999999", "-1", "007"]) {
      const conn = await openSseAs(viewer.client, `/api/statements/${slug}/events`, { "last-event-id": id });
      expect(conn.status).toBe(400);
      expect(JSON.parse(conn.errorText!).error.code).toBe("validation_failed");
    }
    const query = await openSseAs(viewer.client, `/api/statements/${slug}/events?lastEventId=9999999999999999999`);
    expect(query.status).toBe(400);
  });

  it("a refused change streams nothing", async () => {
    const a = await annotate(analyst.client, slug);
    const conn = await stream(viewer);
    expectError(await analyst.client.patch(`/api/annotations/${a.id}`, { version: 9, labels: ["stale"] }), 409, "version_conflict");
    expectError(await viewer.client.delete(`/api/annotations/${a.id}`), 403, "forbidden");
    const marker = await annotate(analyst.client, slug);
    await conn.waitFor(isFor("annotation.created", marker.id));
    expect(changes(conn)).toHaveLength(1);
    conn.close();
  });

  it("sends heartbeat comments, and ends the stream once its session is signed out", async () => {
    const reader = await member(server, admin.workspaceId, "viewer", "Short Stay");
    const res = await fetch(`${server.url}/api/statements/${slug}/events`, {
      headers: { cookie: [...reader.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    const body = res.body!.getReader();
    let text = "";
    while (!text.includes(": heartbeat")) text += new TextDecoder().decode((await body.read()).value);
    expect(text).toMatch(/^retry: 2000\n\n/);
    expect((await reader.client.post("/api/auth/logout")).status).toBe(204);
    for (let part = await body.read(); !part.done; part = await body.read());
  });

  it("keeps streaming after the LISTEN connection is cut: it reconnects and reads what was announced meanwhile", async () => {
    const conn = await stream(viewer);
    const pid = server.live.listenerPid;
    expect(pid).not.toBeNull();
    await server.db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    const during = await annotate(analyst.client, slug);
    await conn.waitFor(isFor("annotation.created", during.id), 3_000);
    // Reconnected: a listener again, on another backend (null while it reconnects).
    const listener = () => server.live.listenerPid;
    await expect.poll(() => listener() !== null && listener() !== pid, { timeout: 3_000 }).toBe(true);
    const after = await annotate(analyst.client, slug);
    await conn.waitFor(isFor("annotation.created", after.id), 1_000);
    conn.close();
  });
});

describe("codebook operations", () => {
  it("stream one annotations.recoded event for the statement, with each annotation's new version", async () => {
    const conn = await stream(viewer);
    const tagged = await annotate(analyst.client, slug, { attributes: { stance: "urges", topics: ["Live topic"] } });
    const into = (await admin.client.post("/api/codebook/codes", { type: "topic", name: "Merged live topic" })).body;
    const from = (await viewer.client.get("/api/codebook/codes?type=topic&q=Live topic")).body.items[0];
    const merged = await admin.client.post(`/api/codebook/codes/${from.id}/merge`, { into: into.id });
    expect(merged.status, merged.text).toBe(200);
    const m = await conn.waitFor((e) => e.event === "annotations.recoded", 5_000);
    const event = RecodedEvent.parse(JSON.parse(m.data));
    expect(event.actorId).toBe(admin.userId);
    const now = (await viewer.client.get(`/api/annotations/${tagged.id}`)).body.annotation;
    expect(event.annotations).toEqual([{ id: tagged.id, version: tagged.version + 1 }]);
    expect(now.version).toBe(tagged.version + 1);
    expect(now.attributes.topics).toEqual(["Merged live topic"]);
    // The merge itself is one event of the workspace, on this statement's stream too.
    const merge = CodebookEvent.parse(JSON.parse((await conn.waitFor((e) => e.event === "code.merged", 5_000)).data));
    expect(merge.change).toMatchObject({ code: { id: from.id, name: "Live topic" }, into: { id: into.id }, annotations: 1 });
    conn.close();
  });

  it("stream one code.renamed to every open statement of the workspace, and to none of another's", async () => {
    const other = (await importStatement(analyst.client, { title: "Another statement" })).slug;
    const here = await stream(viewer);
    const there = await openSseAs(viewer.client, `/api/statements/${other}/events`);
    open.push(there);
    await there.waitFor((m) => m.event === "ready");
    const code = (await admin.client.post("/api/codebook/codes", { type: "label", name: "Before rename" })).body;
    const renamed = await admin.client.patch(`/api/codebook/codes/${code.id}`, { version: code.version, name: "After rename" });
    expect(renamed.status, renamed.text).toBe(200);
    for (const conn of [here, there]) {
      const m = await conn.waitFor((e) => e.event === "code.renamed", 5_000);
      expect(CodebookEvent.parse(JSON.parse(m.data)).change).toEqual({
        code: { id: code.id, name: "After rename", type: "label" },
        previousName: "Before rename",
        into: null,
        annotations: 0,
      });
    }
    // Another workspace's streams read nothing of it: what a stream is sent is what its scope reads.
    const outsider = await member(server, await newWorkspace(server, "Elsewhere"), "admin");
    const theirs = await importStatement(outsider.client, { title: "Elsewhere" });
    const scoped = await readEventsSince(server.db, { statementId: theirs.id, workspaceId: outsider.workspaceId }, START_OF_EVENTS);
    expect(scoped.events.filter((e) => e.type.startsWith("code."))).toEqual([]);
    const ours = await readEventsSince(server.db, { statementId: theirs.id, workspaceId: admin.workspaceId }, START_OF_EVENTS);
    expect(ours.events.filter((e) => e.type === "code.renamed")).toHaveLength(1);
    here.close();
    there.close();
  });
});
