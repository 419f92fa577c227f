import { z } from "zod";
import { Uuid } from "./common.ts";
import { ErrorBody } from "./errors.ts";

/** What a job does; each kind is work too long for a request (docs/ARCHITECTURE.md, "Jobs"). */
export const JobKind = z.enum(["import", "importRecord", "findSuggestions"]);
export type JobKind = z.infer<typeof JobKind>;
export const JobState = z.enum(["queued", "running", "succeeded", "failed"]);
export type JobState = z.infer<typeof JobState>;

/** Where the job is: its current stage, and how many of its `total` units of work are `done` (0 of 0 while it waits). */
export const JobProgress = z.object({ stage: z.string(), done: z.number().int().min(0), total: z.number().int().min(0) });
export type JobProgress = z.infer<typeof JobProgress>;

/** What a finished import made: the statement to open. */
export const ImportJobResult = z.object({ statement: z.object({ id: Uuid, slug: z.string(), title: z.string() }) });
export type ImportJobResult = z.infer<typeof ImportJobResult>;
/** What a finished record import made: a statement per turn imported. */
export const ImportRecordJobResult = z.object({
  statements: z.array(
    z.object({ id: Uuid, slug: z.string(), title: z.string(), speaker: z.string().nullable(), delegation: z.string().nullable() }),
  ),
});

/** What a finished run of the detector over the workspace did: read `read` of the `total` statements that had no suggestions yet. */
export const FindSuggestionsJobResult = z.object({ read: z.number().int().min(0), total: z.number().int().min(0) });
export type FindSuggestionsJobResult = z.infer<typeof FindSuggestionsJobResult>;

export const Job = z.object({
  id: Uuid,
  kind: JobKind,
  state: JobState,
  progress: JobProgress,
  /** Set once the job succeeded. */
  result: z.union([ImportJobResult, ImportRecordJobResult, FindSuggestionsJobResult]).nullable(),
  /** Set once it failed: the error the same work would have answered in a request. */
  error: ErrorBody.shape.error.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof Job>;
export const JobResponse = z.object({ job: Job });
