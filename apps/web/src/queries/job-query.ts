import { endpoints, ERROR_STATUS } from "@verbatim/contract";
import { queryOptions } from "@tanstack/react-query";
import { ApiError } from "../api/api-error.ts";
import { apiFetch, type ResponseOf } from "../api/api-fetch.ts";
import { queryKeys } from "./query-keys.ts";

export type Job = ResponseOf<typeof endpoints.getJob>["job"];

/** How often a job still queued or running is asked about again. */
export const JOB_POLL_MS = 500;

export const jobEnded = (job: Job | undefined): boolean => job?.state === "succeeded" || job?.state === "failed";

/** A job the API answered 202 for, polled while it is queued or running and no more once it has ended. */
export function jobQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.job(id),
    queryFn: async ({ signal }): Promise<Job> => (await apiFetch(endpoints.getJob, { params: { id }, signal })).job,
    refetchInterval: (query) => (jobEnded(query.state.data) ? false : JOB_POLL_MS),
  });
}

/** A failed job's error as the ApiError the same work would have thrown within its request, for the same messages. */
export function jobFailure(job: Job): ApiError {
  const error = job.error ?? { code: "internal" as const, message: "the job failed", details: null };
  return new ApiError(ERROR_STATUS[error.code], error.code, error.message, error.details);
}
