import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import { presentJob } from "../jobs/job.ts";
import { activeFindSuggestionsJob } from "./find-suggestions-job.ts";

/**
 * Queues the detector's run over the workspace's statements not read yet, or answers the run already queued or running
 * (two pages asking at once may each queue one; the second then finds little left to read). Every role may: it only
 * computes what reading a statement's suggestions would.
 */
export async function findSuggestionsInCorpus(deps: { db: Db; jobs: JobQueue }, actor: Actor) {
  const active = await activeFindSuggestionsJob(deps.db, actor.workspaceId);
  return presentJob(active ?? (await deps.jobs.enqueue("findSuggestions", {}, actor)));
}
