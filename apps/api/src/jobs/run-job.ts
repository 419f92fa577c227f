import type { ErrorCode } from "@verbatim/contract";
import type { Logger } from "pino";
import type { Db } from "../db/database.ts";
import { readStoredRecord } from "../db/stored-record.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { AppError } from "../http/app-error.ts";
import type { WorkPool } from "../work/work-pool.ts";
import type { AnyJobDefinition, JobContext } from "./job-definition.ts";
import { jobKinds } from "./job-kinds.ts";
import { readDelivery } from "./job-records.ts";
import { JobAlreadyEnded, markFailed, markRunning, markSucceeded, saveProgress } from "./job-state.ts";

export interface JobDeps {
  db: Db;
  work: WorkPool;
  logger: Logger;
}

/** Refusals that say "not now" rather than "not this": the job is retried like after an unexpected error. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set(["server_busy", "database_unavailable"]);

/**
 * One delivery of a job, from pg-boss. A delivery of a job that has ended does nothing. An AppError ends the job failed
 * with it; anything else is thrown to pg-boss, which retries, and after the last retry hands it to `giveUpJob`.
 */
export async function runJob(deps: JobDeps, data: unknown): Promise<void> {
  const delivery = readDelivery(data);
  if (!delivery) throw new Error("a job this instance cannot read (queued by a newer version?)");
  const row = await deps.db.job.findUnique({ where: { id: delivery.jobId } });
  // No row: its workspace was deleted since. An ended row: a delivery after the one that finished it.
  if (!row || !(await markRunning(deps.db, row.id))) return;
  const kind: AnyJobDefinition = jobKinds[row.kind];
  const input = readStoredRecord(delivery.input, kind.version, kind.input);
  if (input === null) throw new Error(`job ${row.id}: an input this instance cannot read (queued by a newer version?)`);

  let total = 0;
  let succeeded = false;
  const ctx: JobContext<unknown> = {
    ...deps,
    jobId: row.id,
    owner: { workspaceId: row.workspaceId, userId: row.createdById },
    progress: (stage, done, of) => {
      total = of;
      return saveProgress(deps.db, row.id, { stage, done, total: of });
    },
    succeed: async (tx, result) => {
      await markSucceeded(tx, row.id, { schema: kind.version, ...(result as Prisma.InputJsonObject) }, total);
      succeeded = true;
    },
  };
  try {
    await kind.run(input, ctx);
  } catch (e) {
    if (e instanceof JobAlreadyEnded) return;
    if (e instanceof AppError && !TRANSIENT.has(e.code)) return markFailed(deps.db, row.id, e);
    deps.logger.error({ err: e, jobId: row.id }, "job failed; pg-boss retries it");
    throw e;
  }
  if (!succeeded) throw new Error(`job ${row.id}: the ${row.kind} handler ended without recording its result`);
}

/** A job whose retries are spent (errors, or deliveries that ran past their time): it ends failed, as a 500 would. */
export async function giveUpJob(deps: JobDeps, data: unknown): Promise<void> {
  const delivery = readDelivery(data);
  if (!delivery) return;
  deps.logger.error({ jobId: delivery.jobId }, "job failed after its retries");
  await markFailed(deps.db, delivery.jobId, { code: "internal", message: "the job failed on the server; try again", details: null });
}
