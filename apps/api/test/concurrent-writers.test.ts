import { afterAll, beforeAll, expect, it } from "vitest";
import { START_OF_EVENTS } from "../src/features/live/event-cursor.ts";
import { readEventsSince } from "../src/features/live/events-sql.ts";
import { runWriters } from "./support/concurrent-writers.ts";
import { annotate, importStatement, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
afterAll(() => server.stop());
beforeAll(async () => {
  server = await startTestServer();
});

it("20 writers updating the same 50 annotations for 3 s (and on until 100 updates) lose no update, and every refusal is a 409", async () => {
  const admin = await setUp(server);
  const { slug } = await importStatement(admin.client);
  const annotationIds: string[] = [];
  for (let i = 0; i < 50; i++)
    annotationIds.push((await annotate(admin.client, slug, { target: { paragraphId: "p2", start: i % 20, end: 30 } })).id);
  const { token } = (await admin.client.post("/api/tokens", { name: "writers" })).body;

  // How many updates 3 s allow depends on the machine's load; the check needs enough of them, whatever it takes.
  const result = await runWriters({ urls: [server.url], token, annotationIds, writers: 20, seconds: 3, minAccepted: 100, maxSeconds: 20 });
  expect(result.unexpected).toEqual([]);
  expect(result.lost).toEqual([]);
  const accepted = [...result.accepted.values()].reduce((a, b) => a + b, 0);
  expect(accepted).toBeGreaterThanOrEqual(100);
  expect(result.conflicts).toBeGreaterThan(0);
  expect(accepted + result.conflicts).toBe(result.requests);
  // Every accepted update is one event, and in delivery order each annotation's versions only go up.
  const statement = await server.db.statement.findFirstOrThrow();
  const scope = { statementId: statement.id, workspaceId: statement.workspaceId };
  const { events } = await readEventsSince(server.db, scope, START_OF_EVENTS, 100_000);
  const updates = events.filter((e) => e.type === "annotation.updated");
  expect(updates).toHaveLength(accepted);
  const last = new Map<string, number>();
  for (const e of updates) {
    const { id, version } = e.payload as { id: string; version: number };
    expect(version).toBeGreaterThan(last.get(id) ?? 1);
    last.set(id, version);
  }
}, 60_000);
