import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_POOL_SIZE } from "../src/db/corpus-db.ts";
import { expectError } from "./support/assertions.ts";
import { importStatement, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// The corpus's reads (search, facets, passages, the matrix) run on a pool of their own with a statement timeout
// (db/corpus-db.ts): however many are stuck, every other request is answered, and a stuck one ends in a clear 422.
// They are held here by a lock on the table the facets of a search without words read, which nothing else reads: no
// schedule lets those reads finish while it is held, so the outcomes do not depend on timing.
const FACETS = "/api/search/facets?year=2024";

async function withTableLocked<T>(server: TestServer, run: (locker: pg.Client) => Promise<T>): Promise<T> {
  const locker = new pg.Client({ connectionString: server.databaseUrl });
  await locker.connect();
  try {
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE statement_facets IN ACCESS EXCLUSIVE MODE");
    return await run(locker);
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
  }
}

async function start(corpusStatementTimeoutMs?: number): Promise<{ server: TestServer; admin: Member }> {
  const server = await startTestServer(corpusStatementTimeoutMs ? { corpusStatementTimeoutMs } : {});
  const admin = await setUp(server);
  await importStatement(admin.client, { title: "Open debate", date: "2024-05-01", content: "We urge ratification." });
  return { server, admin };
}

describe("corpus reads on a pool of their own", () => {
  let a: Awaited<ReturnType<typeof start>>;
  let b: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    [a, b] = await Promise.all([start(), start(300)]);
  });
  afterAll(() => Promise.all([a.server.stop(), b.server.stop()]));

  it("leave every other request answered while as many as their pool holds are stuck", async () => {
    // The corpus pool's connections open before the lock, as a running server's are.
    await Promise.all(Array.from({ length: CORPUS_POOL_SIZE }, () => a.admin.client.get(FACETS)));
    let stuck: Promise<{ status: number }>[] = [];
    const others = await withTableLocked(a.server, async (locker) => {
      // More than the corpus pool holds, and more than the main pool (5 connections in tests).
      stuck = Array.from({ length: CORPUS_POOL_SIZE + 2 }, () => a.admin.client.get(FACETS));
      // Until every corpus connection waits on the lock (the rest wait for a connection of that pool).
      for (;;) {
        const { rows } = await locker.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted");
        if (rows[0]!.n >= CORPUS_POOL_SIZE) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      // Answered while those are stuck: the lock is released only after.
      return Promise.all([a.admin.client.get("/api/statements"), a.admin.client.get("/api/me"), a.admin.client.get("/api/activity")]);
    });
    expect(others.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await Promise.all(stuck)).map((r) => r.status)).toEqual(stuck.map(() => 200));
  });

  it("end in 422 too_complex past their time, and answer again once free", async () => {
    const answers = await withTableLocked(b.server, () =>
      Promise.all([b.admin.client.get(FACETS), b.admin.client.get("/api/search?year=2024&facets=false")]),
    );
    for (const res of answers.slice(0, 1)) expectError(res, 422, "too_complex");
    // A search's page reads no kept counts: it is answered whatever the lock.
    expect(answers[1]!.status).toBe(200);
    const free = await b.admin.client.get(FACETS);
    expect(free.status, free.text).toBe(200);
    expect(free.body.total).toBe(1);
  });
});
