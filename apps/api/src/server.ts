import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino, { type Logger } from "pino";
import { createApp } from "./app.ts";
import { type Config, DEFAULT_RATE_LIMITS } from "./config.ts";
import { createCorpusDb } from "./db/corpus-db.ts";
import { createPrismaClient, migrate, openDatabase } from "./db/database.ts";
import { closeStreamPool } from "./db/stream-pool.ts";
import { LiveHub } from "./features/live/live-hub.ts";
import { JobQueue } from "./jobs/job-queue.ts";
import { WorkPool } from "./work/work-pool.ts";

export interface RunningServer {
  url: string;
  server: Server;
  databaseKind: "embedded" | "external";
  stop(): Promise<void>;
}

/** Opens the database (embedded or DATABASE_URL), applies migrations and serves the API and web app. */
export async function startServer(config: Config, logger: Logger = pino({ level: config.logLevel })): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: (m) => logger.info(m) });
  try {
    await migrate(database.url, (m) => logger.info(m));
  } catch (e) {
    await database.close();
    throw e;
  }
  const db = createPrismaClient(database.url);
  const corpusDb = createCorpusDb(database.url);
  const live = new LiveHub({ databaseUrl: database.url, db, logger });
  await live.start();
  const work = new WorkPool();
  // Every instance works the queue; pg-boss creates or migrates its own schema (pgboss) as it starts.
  const jobs = new JobQueue({ databaseUrl: database.url, db, work, logger });
  await jobs.start();
  const deps = {
    db,
    corpusDb,
    databaseKind: database.kind,
    logger,
    rateLimits: DEFAULT_RATE_LIMITS,
    live,
    work,
    jobs,
    ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
  };
  const app = createApp(deps, { webDist: config.webDist, trustProxy: config.trustProxy });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    server,
    databaseKind: database.kind,
    async stop() {
      // Event streams never finish by themselves: end them first, or the server would wait for them.
      await live.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      // Before the work pool and the database: running jobs use both while they finish.
      await jobs.stop();
      await work.close();
      await closeStreamPool(db);
      await db.$disconnect();
      await corpusDb.$disconnect();
      await database.close();
    },
  };
}
