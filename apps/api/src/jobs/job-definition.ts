import type { Logger } from "pino";
import type { z } from "zod";
import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { WorkPool } from "../work/work-pool.ts";

/** Whose job it is: what it makes belongs to this workspace and is made by this user. */
export interface JobOwner {
  workspaceId: string;
  userId: string;
}

/** What a kind's handler gets besides its input. */
export interface JobContext<Result> {
  db: Db;
  work: WorkPool;
  logger: Logger;
  jobId: string;
  owner: JobOwner;
  /** Saves where the job is, for GET /api/jobs/:id: `done` of `total` units of work. */
  progress(stage: string, done: number, total: number): Promise<void>;
  /**
   * Records the job's success and result in `tx`, the transaction that stores what the job made, so the two commit
   * together. A job is delivered at least once: when another delivery already succeeded this throws, which rolls the
   * transaction back, and the job ends without storing anything twice.
   */
  succeed(tx: Prisma.TransactionClient, result: Result): Promise<void>;
}

/**
 * One kind of job (job-kinds.ts lists them). Its input and result are stored records of the kind's `version`: the input
 * rides in pg-boss's queue and the result in `jobs.result`, and an instance must read back what another wrote.
 */
export interface JobDefinition<Input, Result> {
  version: number;
  input: z.ZodType<Input>;
  result: z.ZodType<Result>;
  /** How long one delivery may run before pg-boss counts it as failed and delivers it again (an instance that died). */
  expireInSeconds: number;
  /** Does the work; throws an AppError to fail the job with it (no retry: bad input stays bad). */
  run(input: Input, ctx: JobContext<Result>): Promise<void>;
}

/** Any kind, for the code that runs them all (method parameters are compared both ways, so each kind fits). */
export type AnyJobDefinition = JobDefinition<unknown, unknown>;

export const defineJob = <Input, Result>(definition: JobDefinition<Input, Result>) => definition;
