import { randomUUID } from "node:crypto";
import type { JobKind } from "@verbatim/contract";
import pg from "pg";
import PgBoss from "pg-boss";
import { refreshStatementFacets } from "../features/search/corpus-facets-sql.ts";
import type { Job as JobRow } from "../generated/prisma/client.ts";
import type { JobOwner } from "./job-definition.ts";
import { JOB_KINDS, type JobInput, jobKinds } from "./job-kinds.ts";
import { QUEUED_PROGRESS, storedDelivery, storedProgress } from "./job-records.ts";
import { inPgTransaction, insertQueuedJob } from "./job-sql.ts";
import { forgetFinishedJobs } from "./job-state.ts";
import { giveUpJob, type JobDeps, runJob } from "./run-job.ts";

/** pg-boss's own tables, which it creates and migrates itself; Prisma's schema is `public` alone. */
export const JOB_QUEUE_SCHEMA = "pgboss";
/** Where pg-boss moves a job whose retries are spent, so that one place marks it failed. */
const DEAD_LETTER = "dead-letter";
/** An unexpected error is retried twice, after 5–10 s and then 10–20 s; an AppError is not retried at all (run-job.ts). */
const RETRY = { retryLimit: 2, retryDelay: 5, retryBackoff: true };
/** On shutdown, running jobs get this long to finish; those still running are failed back to pg-boss, which retries them. */
const STOP_TIMEOUT_MS = 15_000;
/**
 * How often a working instance counts again the facets of statements whose annotations changed (search, issue 17);
 * instances share the work (each takes statements no other holds).
 */
const REFRESH_FACETS_EVERY_MS = 5_000;
/** How often a working instance deletes long-ended jobs (every instance may; the delete is idempotent). */
const FORGET_EVERY_MS = 60 * 60 * 1000;

export interface JobQueueOptions {
  /** Whether this instance works the queue (default true). false only enqueues: a test of what a restart resumes. */
  work?: boolean;
}

function newBoss(databaseUrl: string, supervise: boolean): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    schema: JOB_QUEUE_SCHEMA,
    application_name: "verbatim-jobs",
    max: 3,
    // Maintenance (expiring deliveries that ran past their time, archiving) runs where jobs are worked; no cron jobs.
    supervise,
    schedule: false,
    // A finished job's input (up to 2 MB of text) is dropped after a day; our `jobs` row keeps what the API reports.
    archiveCompletedAfterSeconds: 3_600,
    deleteAfterDays: 1,
  });
}

async function createQueues(boss: PgBoss): Promise<void> {
  await boss.createQueue(DEAD_LETTER);
  for (const kind of JOB_KINDS) {
    await boss.createQueue(kind, { name: kind, ...RETRY, expireInSeconds: jobKinds[kind].expireInSeconds, deadLetter: DEAD_LETTER });
  }
}

/** Creates pg-boss's schema and our queues in a database, as the first start does (the tests' template database). */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  const boss = newBoss(databaseUrl, false);
  await boss.start();
  try {
    await createQueues(boss);
  } finally {
    await boss.stop({ graceful: false });
  }
}

/**
 * The job queue: pg-boss on the app's database, shared by every API instance, so that any instance works a job any
 * other queued, and a restart resumes what was queued or running. Each kind (job-kinds.ts) is a queue of its own,
 * worked one job at a time per instance; our `jobs` row is what the API reports (run-job.ts keeps it).
 */
export class JobQueue {
  private boss: PgBoss | null = null;
  /** Connections for enqueueing, which must hold one transaction across our insert and pg-boss's. */
  private readonly pool: pg.Pool;
  private readonly workers = new Map<JobKind, string>();
  private forgetTimer: NodeJS.Timeout | null = null;
  private facetsTimer: NodeJS.Timeout | null = null;
  private refreshingFacets = false;

  constructor(
    private readonly deps: JobDeps & { databaseUrl: string },
    private readonly opts: JobQueueOptions = {},
  ) {
    this.pool = new pg.Pool({ connectionString: deps.databaseUrl, max: 2, idleTimeoutMillis: 5_000, allowExitOnIdle: true });
    // An idle connection the server closed is dropped by the pool; the next enqueue opens another.
    this.pool.on("error", () => {});
  }

  async start(): Promise<void> {
    const working = this.opts.work ?? true;
    const boss = newBoss(this.deps.databaseUrl, working);
    boss.on("error", (err) => this.deps.logger.error({ err }, "job queue"));
    await boss.start();
    this.boss = boss;
    await createQueues(boss);
    if (!working) return;
    for (const kind of JOB_KINDS) {
      this.workers.set(kind, await boss.work(kind, ([job]) => (job ? runJob(this.deps, job.data) : Promise.resolve())));
    }
    await boss.work(DEAD_LETTER, ([job]) => (job ? giveUpJob(this.deps, job.data) : Promise.resolve()));
    this.forgetOldJobs();
    this.forgetTimer = setInterval(() => this.forgetOldJobs(), FORGET_EVERY_MS).unref();
    this.facetsTimer = setInterval(() => this.refreshFacets(), REFRESH_FACETS_EVERY_MS).unref();
  }

  /** The search's kept facet counts, brought up to date; one refresh at a time per instance. */
  private refreshFacets(): void {
    if (this.refreshingFacets) return;
    this.refreshingFacets = true;
    refreshStatementFacets(this.deps.db)
      .catch((err: unknown) => this.deps.logger.warn({ err }, "counting statements' facets again"))
      .finally(() => {
        this.refreshingFacets = false;
      });
  }

  /** Our `jobs` rows outlive pg-boss's (deleted after a day) so clients can read how a job ended; not for ever. */
  private forgetOldJobs(): void {
    forgetFinishedJobs(this.deps.db).catch((err: unknown) => this.deps.logger.warn({ err }, "deleting old jobs"));
  }

  /** Queues a job and our record of it in one transaction; returns the record (state queued, unless already taken up). */
  async enqueue<K extends JobKind>(kind: K, input: JobInput<K>, owner: JobOwner): Promise<JobRow> {
    const boss = this.boss;
    if (!boss) throw new Error("the job queue is not started");
    const id = randomUUID();
    const stored = { schema: jobKinds[kind].version, ...(input as object) };
    await inPgTransaction(this.pool, async (client) => {
      await insertQueuedJob(client, { id, kind, owner, progress: storedProgress(QUEUED_PROGRESS) });
      await boss.send(kind, storedDelivery(id, stored), { id, db: { executeSql: (text, values) => client.query(text, values) } });
    });
    // This instance's worker starts on it at once rather than at its next poll.
    const worker = this.workers.get(kind);
    if (worker) boss.notifyWorker(worker);
    return this.deps.db.job.findUniqueOrThrow({ where: { id } });
  }

  /** Stops taking jobs, lets running ones finish (for a while), and closes pg-boss's connections. */
  async stop(): Promise<void> {
    if (this.forgetTimer) clearInterval(this.forgetTimer);
    if (this.facetsTimer) clearInterval(this.facetsTimer);
    if (this.pool.ended) return;
    await this.boss?.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, wait: true });
    this.boss = null;
    await this.pool.end();
  }
}
