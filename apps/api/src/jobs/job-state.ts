import type { ErrorCode, JobProgress } from "@verbatim/contract";
import type { Db } from "../db/database.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { storedError, storedProgress } from "./job-records.ts";

/** `succeed` found the job already ended by another delivery: thrown to roll back what this one stored. */
export class JobAlreadyEnded extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} already ended`);
  }
}

// Every change is conditional on the job not having ended, so a late or second delivery changes nothing.
const unfinished = (id: string) => ({ id, state: { in: ["queued" as const, "running" as const] } });

/** Marks the job running; false when it has already ended (a delivery after the one that finished it). */
export async function markRunning(db: Db, id: string): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: unfinished(id), data: { state: "running" } });
  return count === 1;
}

export async function saveProgress(db: Db, id: string, progress: JobProgress): Promise<void> {
  await db.job.updateMany({ where: unfinished(id), data: { progress: storedProgress(progress) } });
}

/**
 * Records success in the transaction that stored the job's work. Another delivery's success waits on this row's lock,
 * then finds the job ended and throws, which rolls its own work back.
 */
export async function markSucceeded(tx: Prisma.TransactionClient, id: string, result: Prisma.InputJsonObject, total: number) {
  const progress = storedProgress({ stage: "done", done: total, total });
  const { count } = await tx.job.updateMany({
    where: unfinished(id),
    data: { state: "succeeded", result, progress, finishedAt: new Date() },
  });
  if (count !== 1) throw new JobAlreadyEnded(id);
}

export async function markFailed(db: Db, id: string, error: { code: ErrorCode; message: string; details: unknown }): Promise<void> {
  await db.job.updateMany({
    where: unfinished(id),
    data: { state: "failed", error: storedError(error) as Prisma.InputJsonObject, finishedAt: new Date() },
  });
}

/** How long an ended job stays readable at GET /api/jobs/:id: long enough for any client to have seen how it ended. */
export const FINISHED_JOB_DAYS = 30;

/** Deletes jobs that ended more than `days` ago; returns how many. Queued and running jobs are never touched. */
export async function forgetFinishedJobs(db: Db, days = FINISHED_JOB_DAYS): Promise<number> {
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const { count } = await db.job.deleteMany({ where: { state: { in: ["succeeded", "failed"] }, finishedAt: { lt: before } } });
  return count;
}
