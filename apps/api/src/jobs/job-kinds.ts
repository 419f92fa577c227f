import type { JobKind } from "@verbatim/contract";
import type { z } from "zod";
import { importRecordJob } from "../features/imports/import-record-job.ts";
import { findSuggestionsJob } from "../features/suggestions/find-suggestions-job.ts";
import { importStatementJob } from "../features/statements/import-statement-job.ts";
import type { AnyJobDefinition } from "./job-definition.ts";

/** Every kind of job, by the name the contract gives it; each is a pg-boss queue of that name. */
export const jobKinds = {
  import: importStatementJob,
  importRecord: importRecordJob,
  findSuggestions: findSuggestionsJob,
} satisfies Record<JobKind, AnyJobDefinition>;

export type JobInput<K extends JobKind> = z.input<(typeof jobKinds)[K]["input"]>;
export const JOB_KINDS = Object.keys(jobKinds) as JobKind[];
