import { AnnotationEvent, Readers } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ApiClient } from "./support/api-client.ts";
import { type ApiProcess, startApiProcess } from "./support/api-process.ts";
import { annotate, importStatement, member, type Member, PASSWORD, setUp } from "./support/factories.ts";
import { openSseAs, type SseMessage } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Each test starts real processes (an API through tsx, initdb, PostgreSQL): tens of seconds on a loaded machine.
// The tests wait for states, never for a time; this is only a watchdog for a hang.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

// Two API processes on one database, as behind a load balancer: what one writes, the other's readers see.
let server: TestServer;
let a: ApiProcess;
let b: ApiProcess;
let analyst: Member;
let slug: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  slug = (await importStatement(analyst.client)).slug;
  [a, b] = await Promise.all([startApiProcess(server.databaseUrl), startApiProcess(server.databaseUrl)]);
}, 60_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await server.stop();
});

/** A session on one instance: its cookies work on the other, since sessions live in PostgreSQL. */
async function signInAt(baseUrl: string, email: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  expect((await client.post("/api/auth/login", { email, password: PASSWORD })).status).toBe(204);
  return client;
}
const parse = (m: SseMessage) => AnnotationEvent.parse(JSON.parse(m.data));

describe("two API processes on one database", () => {
  it("a change made through instance A reaches a stream on instance B, and one on A, in the same order", async () => {
    const viaA = await signInAt(a.url, analyst.email);
    const onB = await openSseAs(new ApiClient(b.url, undefined), `/api/statements/${slug}/events`, {
      cookie: [...viaA.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    });
    const onA = await openSseAs(viaA, `/api/statements/${slug}/events`);
    await Promise.all([onA.waitFor((m) => m.event === "ready"), onB.waitFor((m) => m.event === "ready")]);

    const created = await annotate(viaA, slug);
    const start = performance.now();
    const seen = await onB.waitFor((m) => m.event === "annotation.created" && parse(m).annotation.id === created.id, 1_000);
    expect(seen.receivedAt - start).toBeLessThan(1_000);
    expect(parse(seen).annotation).toEqual(created);

    const viaB = new ApiClient(b.url);
    for (const [k, v] of viaA.cookies) viaB.cookies.set(k, v);
    expect((await viaB.patch(`/api/annotations/${created.id}`, { version: 1, labels: ["via-b"] })).status).toBe(200);
    await onA.waitFor((m) => m.event === "annotation.updated" && parse(m).annotation.id === created.id, 1_000);
    await onB.waitFor((m) => m.event === "annotation.updated" && parse(m).annotation.id === created.id, 1_000);
    const ids = (c: typeof onA) => c.messages.filter((m) => m.event.startsWith("annotation.")).map((m) => m.id);
    expect(ids(onA)).toEqual(ids(onB));
    onA.close();
    onB.close();
  });

  it("a reader who reconnects to the other instance replays what was missed there", async () => {
    const viaA = await signInAt(a.url, analyst.email);
    const first = await openSseAs(viaA, `/api/statements/${slug}/events`);
    const ready = await first.waitFor((m) => m.event === "ready");
    first.close();
    const missed = [await annotate(viaA, slug), await annotate(viaA, slug)];
    const viaB = await signInAt(b.url, analyst.email);
    const again = await openSseAs(viaB, `/api/statements/${slug}/events`, { "last-event-id": ready.id! });
    await again.waitFor((m) => m.event === "annotation.created" && parse(m).annotation.id === missed[1]!.id, 1_000);
    expect(again.messages.filter((m) => m.event === "annotation.created").map((m) => parse(m).annotation.id)).toEqual(
      missed.map((x) => x.id),
    );
    again.close();
  });

  it("presence is shared: a reader on A is listed by B, and B's stream hears of them", async () => {
    const rex = await member(server, analyst.workspaceId, "reviewer", "Rex Reviewer");
    const onB = await openSseAs(await signInAt(b.url, analyst.email), `/api/statements/${slug}/events`);
    const names = (m: SseMessage) => Readers.parse(JSON.parse(m.data)).readers.map((r) => r.name);
    await onB.waitFor((m) => m.event === "presence" && names(m).join() === "Ana Analyst");
    const rexOnA = await openSseAs(await signInAt(a.url, rex.email), `/api/statements/${slug}/events`);
    await onB.waitFor((m) => m.event === "presence" && names(m).join() === "Ana Analyst,Rex Reviewer", 1_000);
    const listed = await (await signInAt(b.url, analyst.email)).get(`/api/statements/${slug}/presence`);
    expect(Readers.parse(listed.body).readers.map((r) => r.name)).toEqual(["Ana Analyst", "Rex Reviewer"]);
    rexOnA.close();
    await onB.waitFor((m) => m.event === "presence" && names(m).join() === "Ana Analyst", 1_000);
    onB.close();
  });

  it("an instance stopped with SIGTERM ends its streams, clears its presence and exits 0", async () => {
    const c = await startApiProcess(server.databaseUrl);
    const viaC = await signInAt(c.url, analyst.email);
    const stream = await openSseAs(viaC, `/api/statements/${slug}/events`);
    await stream.waitFor((m) => m.event === "presence");
    const before = await server.db.presence.count();
    expect(await c.stop()).toBe(0);
    await stream.ended;
    expect(await server.db.presence.count()).toBe(before - 1);
  }, 30_000);
});
