import { afterEach, describe, expect, it } from "vitest";
import type { ApiResponse } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { setUp } from "./support/factories.ts";
import { workGate } from "./support/gate-thread.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * The work pool's promises, proved with a thread whose task holds it until the test says (support/gate-thread.ts):
 * a request's CPU-bound work never holds up the requests beside it, and work past its budget ends in a 4xx.
 */
let server: TestServer | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

/** Settles with the response, and says meanwhile whether it has. */
function track(request: Promise<ApiResponse>) {
  const state = { settled: false, response: request.finally(() => (state.settled = true)) };
  return state;
}

/** Waits for a state of the pool, however long the machine takes to reach it. */
async function until(reached: () => boolean): Promise<void> {
  while (!reached()) await new Promise((r) => setTimeout(r, 10));
}

const preview = (content: string) => ({ format: "text", content });

describe("work on the pool's threads", () => {
  it("leaves the API answering while a request's work holds its thread", async () => {
    const gate = workGate();
    server = await startTestServer({ work: { thread: gate.thread, threads: 1 } });
    const { client } = await setUp(server);
    const held = track(client.post("/api/imports/preview", preview("Held until the gate opens.")));
    for (let i = 0; i < 5; i++) {
      expect((await client.get("/api/health")).status).toBe(200);
      expect((await client.get("/api/statements")).status).toBe(200);
    }
    expect(held.settled, "the held request cannot end before the gate opens").toBe(false);
    gate.open();
    expect((await held.response).status).toBe(200);
  });

  it("ends work past its time budget with 422 too_complex, and the thread serves the next task", async () => {
    const gate = workGate();
    server = await startTestServer({ work: { thread: gate.thread, threads: 1, budget: { timeMs: 300 } } });
    const { client } = await setUp(server);
    const res = await client.post("/api/imports/preview", preview("Never released."));
    expectError(res, 422, "too_complex");
    expect(res.body.error.details).toEqual({ limit: "time", seconds: 0.3 });
    gate.open();
    // A thread replaces the stopped one; this task's own budget is ample, so only the pool's health is tested.
    const next = await server.work.run("readImport", { text: { format: "text", content: "After the gate opened." } }, { timeMs: 600_000 });
    expect(next.statement?.paragraphs).toEqual([]);
  });

  it("runs the tasks queued behind one stopped at its budget (a stopped thread is replaced)", async () => {
    server = await startTestServer({ work: { thread: workGate().thread, threads: 1, budget: { timeMs: 300 } } });
    const { client } = await setUp(server);
    const answers = await Promise.all([1, 2, 3].map((n) => client.post("/api/imports/preview", preview(`Held ${n}.`))));
    for (const res of answers) expectError(res, 422, "too_complex");
  });

  it("ends work past its memory budget with 422 too_complex", async () => {
    server = await startTestServer({ work: { thread: workGate().thread, threads: 1, heapMb: 32, budget: { timeMs: 120_000 } } });
    const { client } = await setUp(server);
    const res = await client.post("/api/imports/preview", preview("hog"));
    expectError(res, 422, "too_complex");
    expect(res.body.error.details).toEqual({ limit: "memory", megabytes: 32 });
    expect((await client.get("/api/health")).status).toBe(200);
  });

  it("answers 503 server_busy with Retry-After once every thread is held and the queue is full", async () => {
    const gate = workGate();
    server = await startTestServer({ work: { thread: gate.thread, threads: 1, maxQueue: 1, budget: { timeMs: 120_000 } } });
    const { client } = await setUp(server);
    const work = server.work;
    const running = track(client.post("/api/imports/preview", preview("First: holds the thread.")));
    await until(() => work.load.inFlight === 1 && work.load.waiting === 0);
    const queued = track(client.post("/api/imports/preview", preview("Second: waits in the queue.")));
    await until(() => work.load.waiting === 1);
    const refused = await client.post("/api/imports/preview", preview("Third: no room."));
    expectError(refused, 503, "server_busy");
    expect(refused.headers.get("retry-after")).toBe("5");
    expect([running.settled, queued.settled]).toEqual([false, false]);
    gate.open();
    expect([(await running.response).status, (await queued.response).status]).toEqual([200, 200]);
  });
});
