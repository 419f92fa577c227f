import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { START_OF_EVENTS, type EventCursor } from "../src/features/live/event-cursor.ts";
import { readEventsSince } from "../src/features/live/events-sql.ts";
import { annotate, importStatement, type Member, setUp } from "./support/factories.ts";
import { openSseAs } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Two real transactions on two connections, committing in the order that breaks "deliver id > last id". Delivery
// waits for every older transaction in the cluster, so this file's server has a cluster of its own: another test
// file's transaction would hold these events back and make the outcome depend on the schedule.
let server: TestServer;
let admin: Member;
let statementId: string;
let slug: string;
let annotationId: string;
let version = 100;
let t1: pg.Client;
let t2: pg.Client;
beforeAll(async () => {
  server = await startTestServer({ ownCluster: true });
  admin = await setUp(server);
  ({ id: statementId, slug } = await importStatement(admin.client));
  annotationId = (await annotate(admin.client, slug)).id;
  t1 = new pg.Client({ connectionString: server.databaseUrl });
  t2 = new pg.Client({ connectionString: server.databaseUrl });
  await Promise.all([t1.connect(), t2.connect()]);
});
afterAll(async () => {
  await Promise.all([t1.end(), t2.end()]);
  await server.stop();
});

/** Writes an event as recordEvent does (NOTIFY included) and returns its ID. */
async function insertEvent(tx: pg.Client): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO events (workspace_id, statement_id, type, annotation_id, actor_id, payload)
     VALUES ($1, $2, 'annotation.deleted', $3, $4, $5) RETURNING id::text`,
    [admin.workspaceId, statementId, annotationId, admin.userId, JSON.stringify({ id: annotationId, version: ++version })],
  );
  await tx.query("SELECT pg_notify('verbatim_events', $1)", [statementId]);
  return rows[0]!.id;
}

/** Reads as the hub does: from the cursor, moving it past what was delivered. */
async function deliver(cursor: { at: EventCursor }) {
  const batch = await readEventsSince(server.db, { statementId, workspaceId: admin.workspaceId }, cursor.at);
  const last = batch.events.at(-1);
  if (last) cursor.at = { txId: last.txId, id: last.id };
  return { ids: batch.events.map((e) => e.id), held: batch.held };
}

/** The rule without the (tx_id, id) order: IDs after `afterId` whose transactions are older than every running one. */
async function byIdAlone(afterId: string): Promise<string[]> {
  const rows = await server.db.$queryRaw<{ id: string }[]>`
    SELECT e.id::text AS id FROM events e
    WHERE e.statement_id = ${statementId}::uuid AND e.id > ${afterId}::bigint AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY e.id`;
  return rows.map((r) => r.id);
}

async function latestId(): Promise<EventCursor> {
  const batch = await readEventsSince(server.db, { statementId, workspaceId: admin.workspaceId }, START_OF_EVENTS, 100_000);
  const last = batch.events.at(-1);
  return last ? { txId: last.txId, id: last.id } : START_OF_EVENTS;
}

describe("events whose transactions commit out of order", () => {
  it("holds a later ID back while an earlier one's transaction runs, then delivers both in order", async () => {
    const cursor = { at: await latestId() };
    await t1.query("BEGIN");
    await t2.query("BEGIN");
    const first = await insertEvent(t1);
    const second = await insertEvent(t2);
    expect(BigInt(second)).toBeGreaterThan(BigInt(first));
    await t2.query("COMMIT");
    // Visible, but its transaction is younger than t1, which still runs: not yet.
    expect(await deliver(cursor)).toEqual({ ids: [], held: true });
    await t1.query("COMMIT");
    expect(await deliver(cursor)).toEqual({ ids: [first, second], held: false });
    expect(await deliver(cursor)).toEqual({ ids: [], held: false });
  });

  it("never loses a smaller ID whose transaction began later and committed last", async () => {
    const cursor = { at: await latestId(), before: "" };
    cursor.before = cursor.at.id;
    await t1.query("BEGIN");
    await t2.query("BEGIN");
    // t1 takes its transaction ID first (any write would), but writes its event after t2 has written its own.
    await t1.query("SELECT pg_current_xact_id()");
    await t2.query("SELECT pg_current_xact_id()");
    const smaller = await insertEvent(t2);
    const larger = await insertEvent(t1);
    await t1.query("COMMIT");
    expect(await deliver(cursor)).toEqual({ ids: [larger], held: false });
    expect(await byIdAlone(cursor.before)).toEqual([larger]);
    await t2.query("COMMIT");
    expect(await deliver(cursor)).toEqual({ ids: [smaller], held: false });
    // Ordered by ID alone, the reader would now look past `larger` and never see `smaller`.
    expect(await byIdAlone(larger)).toEqual([]);
  });

  it("skips what a rolled-back transaction wrote without waiting for it", async () => {
    const cursor = { at: await latestId() };
    await t1.query("BEGIN");
    await insertEvent(t1);
    await t1.query("ROLLBACK");
    await t2.query("BEGIN");
    const kept = await insertEvent(t2);
    await t2.query("COMMIT");
    expect(await deliver(cursor)).toEqual({ ids: [kept], held: false });
  });

  it("an open stream gets both, in delivery order, once the older transaction commits", async () => {
    const conn = await openSseAs(admin.client, `/api/statements/${slug}/events`);
    await conn.waitFor((m) => m.event === "ready");
    await t1.query("BEGIN");
    await t2.query("BEGIN");
    const first = await insertEvent(t1);
    const second = await insertEvent(t2);
    await t2.query("COMMIT");
    await new Promise((r) => setTimeout(r, 300));
    expect(conn.messages.filter((m) => m.event === "annotation.deleted")).toEqual([]);
    await t1.query("COMMIT");
    await conn.waitFor((m) => m.id === second, 1_000);
    expect(conn.messages.filter((m) => m.event === "annotation.deleted").map((m) => m.id)).toEqual([first, second]);
    conn.close();
  });
});
