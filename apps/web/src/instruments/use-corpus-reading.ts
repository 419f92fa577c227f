import { endpoints } from "@verbatim/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { apiFetch } from "../api/api-fetch.ts";
import { jobEnded, jobQuery } from "../queries/job-query.ts";
import { queryKeys } from "../queries/query-keys.ts";
import type { InstrumentMentions } from "./instrument-query.ts";

/** Statements the detector has still to read for the mentions to be complete (those in other languages never are). */
export const unreadStatements = (c: InstrumentMentions["coverage"]): number => Math.max(0, c.statements - c.read - c.otherLanguages);

/**
 * Has the server read the statements the detector has not read yet, once per page while any are left, and follows
 * the job: its progress while it runs, then the mentions read again. Starting it is harmless (it computes only what
 * opening each statement's suggestions would), so the page does it without asking.
 */
export function useCorpusReading(coverage: InstrumentMentions["coverage"] | undefined) {
  const queryClient = useQueryClient();
  const start = useMutation({
    mutationFn: () => apiFetch(endpoints.findSuggestions),
  });
  const jobId = start.data?.job.id;
  const job = useQuery({ ...jobQuery(jobId ?? ""), enabled: jobId !== undefined });
  const started = useRef(false);
  const left = coverage ? unreadStatements(coverage) : 0;
  useEffect(() => {
    if (left > 0 && !started.current) {
      started.current = true;
      start.mutate();
    }
  }, [left, start]);
  const ended = jobEnded(job.data);
  useEffect(() => {
    if (ended) void queryClient.invalidateQueries({ queryKey: queryKeys.citations });
  }, [ended, queryClient]);
  return {
    reading: start.isPending || (jobId !== undefined && !ended),
    progress: job.data?.progress ?? null,
    failed: start.isError || job.data?.state === "failed",
    retry: () => start.mutate(),
  };
}
