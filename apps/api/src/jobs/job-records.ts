import { ERROR_CODES, type JobProgress } from "@verbatim/contract";
import { z } from "zod";
import { readStoredRecord } from "../db/stored-record.ts";
import type { AppError } from "../http/app-error.ts";

/**
 * What a job keeps as JSON (its progress and error in `jobs`, its delivery in pg-boss's `data`) are stored records
 * (db/stored-record.ts): versioned by `schema`, read back through these schemas. A kind's own input and result carry
 * that kind's version (job-definition.ts).
 */
export const JOB_RECORD_SCHEMA = 1;

const ProgressV1 = z.object({ stage: z.string(), done: z.number().int().min(0), total: z.number().int().min(0) });
const ErrorV1 = z.object({ code: z.enum(ERROR_CODES), message: z.string(), details: z.unknown() });
/** What pg-boss carries: the ID of our row (a dead letter gets an ID of its own) and the kind's input. */
const DeliveryV1 = z.object({ jobId: z.uuid(), input: z.unknown() });

export type StoredJobError = z.infer<typeof ErrorV1>;

/** A failure's details (a too-long text's thousands of dropped lines) are kept up to this size of JSON, else left out. */
const MAX_DETAILS_CHARS = 64_000;

export const QUEUED_PROGRESS: JobProgress = { stage: "queued", done: 0, total: 0 };

export const storedProgress = (p: JobProgress) => ({ schema: JOB_RECORD_SCHEMA, ...p });
export const readProgress = (stored: unknown): JobProgress | null => readStoredRecord(stored, JOB_RECORD_SCHEMA, ProgressV1);

export function storedError(e: Pick<AppError, "code" | "message" | "details">) {
  const size = JSON.stringify(e.details ?? null).length;
  return { schema: JOB_RECORD_SCHEMA, code: e.code, message: e.message, details: size <= MAX_DETAILS_CHARS ? (e.details ?? null) : null };
}
export const readJobError = (stored: unknown): StoredJobError | null => readStoredRecord(stored, JOB_RECORD_SCHEMA, ErrorV1);

export const storedDelivery = (jobId: string, input: object) => ({ schema: JOB_RECORD_SCHEMA, jobId, input });
export const readDelivery = (stored: unknown) => readStoredRecord(stored, JOB_RECORD_SCHEMA, DeliveryV1);
