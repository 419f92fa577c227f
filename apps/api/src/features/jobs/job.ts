import type { Job } from "@verbatim/contract";
import type { z } from "zod";
import { readStoredRecord } from "../../db/stored-record.ts";
import type { Job as JobRow } from "../../generated/prisma/client.ts";
import { jobKinds } from "../../jobs/job-kinds.ts";
import { readJobError, readProgress } from "../../jobs/job-records.ts";

// What an instance not yet updated shows for a record a newer one wrote (db/stored-record.ts): the state still holds.
const UNREADABLE_PROGRESS = { stage: "unknown", done: 0, total: 0 };
const UNREADABLE_ERROR = { code: "internal" as const, message: "the job failed (its error is not readable here)", details: null };

/** A job as the contract has it, from our row (its stored records read back by their schemas). */
export function presentJob(row: JobRow): z.input<typeof Job> {
  // Each kind reads its own result; widened to any kind's, as the contract's Job.result is.
  const kind: { version: number; result: z.ZodType<NonNullable<z.input<typeof Job>["result"]>> } = jobKinds[row.kind];
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    progress: readProgress(row.progress) ?? UNREADABLE_PROGRESS,
    result: row.result === null ? null : readStoredRecord(row.result, kind.version, kind.result),
    error: row.error === null ? null : (readJobError(row.error) ?? UNREADABLE_ERROR),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
