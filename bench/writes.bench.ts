// Writes: annotations created through the API (validation, anchoring, history, event, notice) by 12 concurrent
// signed-in clients, against the same rows written by hand-written SQL through `pg` by 12 concurrent connections
// in the same run, on the same database. Goal: the API at ≥ 30% of the hand-written rate.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate, openDatabase } from "../apps/api/src/db/database.ts";
import { cpuSecondsOf, startApiProcess } from "./support/api-process.ts";
import { seedOverHttp } from "./support/bench-client.ts";
import { syntheticStatement } from "./support/synthetic-statement.ts";
import { writeBodies } from "./support/write-bodies.ts";
import { handWrittenCreate } from "./support/hand-written-create.ts";

const CLIENTS = 12;
const WRITES = Number(process.env.BENCH_WRITES ?? 3_000);
const WARM_UP = 200;

/** Runs `count` tasks on `clients` concurrent lanes; the rate in tasks per second. */
async function rate(clients: number, count: number, task: (i: number, lane: number) => Promise<void>): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, lane) => {
      while (next < count) await task(next++, lane);
    }),
  );
  return count / ((performance.now() - start) / 1000);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "verbatim-bench-writes-"));
const database = await openDatabase({ dataDir, log: () => {} });
try {
  await migrate(database.url, () => {});
  const api = await startApiProcess(database.url);
  const pools: pg.Pool[] = [];
  try {
    const seeded = await seedOverHttp(api.url, syntheticStatement(6_000));
    const { statement } = seeded;
    const bodies = writeBodies(statement.paragraphs, WARM_UP + WRITES);
    const path = `/api/statements/${statement.slug}/annotations`;
    const create = async (i: number) => {
      const res = await seeded.client.call("POST", path, bodies[i]);
      if (res.status !== 201) throw new Error(`create → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    };
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} on ${os.cpus().length} CPUs; ${CLIENTS} clients, ${WRITES} writes each way`,
    );

    // The first requests pay for what the app loads lazily, as any running server has.
    await rate(CLIENTS, WARM_UP, create);
    const cpu = cpuSecondsOf(api.pid);
    const apiRate = await rate(CLIENTS, WRITES, async (i) => create(WARM_UP + i));
    const apiCpuMs = ((cpuSecondsOf(api.pid) - cpu) * 1000) / WRITES;

    const pool = new pg.Pool({ connectionString: database.url, max: CLIENTS });
    pools.push(pool);
    const sql = await handWrittenCreate(pool, { statementId: statement.id, email: seeded.email });
    const sqlRate = await rate(CLIENTS, WRITES, (i) => sql.sameWrites(bodies[i % bodies.length]!));
    const bareRate = await rate(CLIENTS, WRITES, (i) => sql.bareInsert(bodies[i % bodies.length]!));

    console.log(`API creates:                          ${apiRate.toFixed(0)}/s (API process CPU ${apiCpuMs.toFixed(2)} ms a write)`);
    console.log(`hand-written SQL, the same writes:    ${sqlRate.toFixed(0)}/s (annotation, history, event and notice, one transaction)`);
    console.log(`hand-written SQL, a bare INSERT:      ${bareRate.toFixed(0)}/s`);
    console.log(`ratio API / same writes in SQL:       ${((100 * apiRate) / sqlRate).toFixed(1)}% (goal ≥ 30%)`);
    console.log(`ratio API / bare INSERT:              ${((100 * apiRate) / bareRate).toFixed(1)}%`);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
    await api.stop();
  }
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
