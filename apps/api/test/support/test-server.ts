import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import pino from "pino";
import { inject } from "vitest";
import { createApp } from "../../src/app.ts";
import type { RateLimitRule } from "../../src/auth/rate-limit.ts";
import { createCorpusDb } from "../../src/db/corpus-db.ts";
import { createPrismaClient, type Db } from "../../src/db/database.ts";
import { LiveHub, type LiveHubOptions } from "../../src/features/live/live-hub.ts";
import { JobQueue, type JobQueueOptions } from "../../src/jobs/job-queue.ts";
import { WorkPool, type WorkPoolOptions } from "../../src/work/work-pool.ts";
import { startCluster, TEMPLATE_DB } from "../global-setup.ts";

export interface TestServer {
  url: string;
  db: Db;
  databaseUrl: string;
  live: LiveHub;
  work: WorkPool;
  jobs: JobQueue;
  /** keepDatabase: leave the database for a server started after this one (`database`), as a restart finds it. */
  stop(opts?: { keepDatabase?: boolean }): Promise<void>;
}

/** This worker's PostgreSQL (one per worker, see global-setup.ts): VITEST_POOL_ID runs from 1 to the worker count. */
function databaseServerUrl(): string {
  const urls = inject("databaseServerUrls");
  const worker = Number(process.env.VITEST_POOL_ID ?? "1");
  return urls[(worker - 1) % urls.length]!;
}

async function adminQuery(sql: string, serverUrl = databaseServerUrl()): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A real HTTP server on a free port, over a database of its own cloned from the migrated template. */
export async function startTestServer(
  opts: {
    rateLimits?: Partial<Record<"login" | "loginPerIp" | "setup", RateLimitRule>>;
    live?: Pick<LiveHubOptions, "heartbeatMs" | "presenceMs" | "staleSeconds">;
    /**
     * A PostgreSQL cluster for this server alone, for tests whose subject is what other transactions in the
     * cluster do to it (event delivery waits for every older transaction in the cluster, whatever its database).
     */
    ownCluster?: boolean;
    work?: WorkPoolOptions;
    /**
     * Starts the job queue (pg-boss), for tests of what is queued: most tests queue nothing, and starting it costs
     * every server its connections and polling. Without it, queueing a job fails ("the job queue is not started").
     */
    jobs?: JobQueueOptions;
    /** The corpus reads' statement timeout (db/corpus-db.ts), for a test of what passes it. */
    corpusStatementTimeoutMs?: number;
    /** The database of a server stopped with keepDatabase, instead of a fresh one; this server drops it when it stops. */
    database?: string;
  } = {},
): Promise<TestServer> {
  const own = opts.ownCluster && !process.env.TEST_DATABASE_URL ? await startCluster(undefined) : null;
  const serverUrl = own?.adminUrl ?? databaseServerUrl();
  const url = new URL(opts.database ?? serverUrl);
  if (!opts.database) {
    url.pathname = `/verbatim_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${url.pathname.slice(1)} TEMPLATE ${TEMPLATE_DB}`, serverUrl);
  }
  const name = url.pathname.slice(1);
  const db = createPrismaClient(url.toString(), 5);
  const corpusDb = createCorpusDb(url.toString(), opts.corpusStatementTimeoutMs);
  const relaxed = { max: 10_000, windowSeconds: 60 };
  const rateLimits = { login: relaxed, loginPerIp: relaxed, setup: relaxed, ...opts.rateLimits };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const live = new LiveHub({ databaseUrl: url.toString(), db, logger, ...opts.live });
  await live.start();
  const work = new WorkPool(opts.work);
  const jobs = new JobQueue({ databaseUrl: url.toString(), db, work, logger }, opts.jobs);
  if (opts.jobs) await jobs.start();
  const app = createApp({ db, corpusDb, databaseKind: "embedded", logger, rateLimits, live, work, jobs });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    databaseUrl: url.toString(),
    live,
    work,
    jobs,
    async stop({ keepDatabase = false } = {}) {
      await live.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await jobs.stop();
      await work.close();
      await db.$disconnect();
      await corpusDb.$disconnect();
      if (keepDatabase) return;
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, serverUrl);
      await own?.close();
    },
  };
}
