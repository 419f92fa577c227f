import type { Logger } from "pino";
import type { Actor } from "../auth/actor.ts";
import type { RateLimitRule } from "../auth/rate-limit.ts";
import type { Db, DatabaseKind } from "../db/database.ts";
import type { LiveHub } from "../features/live/live-hub.ts";
import type { JobQueue } from "../jobs/job-queue.ts";
import type { WorkPool } from "../work/work-pool.ts";

export interface AppDeps {
  db: Db;
  /** The corpus's reads (search, facets, passages, the matrix), on a pool of their own with a timeout (db/corpus-db.ts). */
  corpusDb: Db;
  databaseKind: DatabaseKind;
  logger: Logger;
  /** Public base URL used in exported IRIs; defaults to the request's own origin. */
  baseUrl?: string;
  rateLimits: { login: RateLimitRule; loginPerIp: RateLimitRule; setup: RateLimitRule };
  /** This instance's event streams (see live/live-hub.ts). */
  live: LiveHub;
  /** Worker threads for CPU-bound work (work/work-pool.ts). */
  work: WorkPool;
  /** Work too long for a request, queued in PostgreSQL and worked by every instance (jobs/job-queue.ts). */
  jobs: JobQueue;
}

/** What a handler gets: the caller (never null on a route that needs a member) and the parsed request. */
export interface RequestContext<Body, Query, Params, Caller extends Actor | null> {
  deps: AppDeps;
  actor: Caller;
  body: Body;
  query: Query;
  params: Params;
  ip: string;
  baseUrl: string;
}
