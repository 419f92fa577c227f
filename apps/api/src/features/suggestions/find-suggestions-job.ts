import { FindSuggestionsJobResult, type JobKind } from "@verbatim/contract";
import { suggestionsApply } from "@verbatim/core";
import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { AppError } from "../../http/app-error.ts";
import { defineJob } from "../../jobs/job-definition.ts";
import { readCorpusStatements } from "./corpus-sets-sql.ts";
import { statementSuggestions } from "./statement-suggestions.ts";

/** Progress is saved at most this often: a corpus of small statements would otherwise write a row per statement. */
const PROGRESS_EVERY_MS = 250;

/**
 * Runs the detector over every live statement of the workspace that has no current set yet, one at a time in the
 * worker pool (so readers' own requests still find a free worker), and caches each set as a reader's request would.
 * What was read before a restart stays cached: a delivery again starts from what is still missing.
 */
export const findSuggestionsJob = defineJob({
  version: 1,
  input: z.object({}),
  result: FindSuggestionsJobResult,
  expireInSeconds: 1800,
  async run(_input, ctx) {
    const { workspaceId } = ctx.owner;
    const missing = (await readCorpusStatements(ctx.db, workspaceId)).filter((s) => !s.read && suggestionsApply(s.language));
    await ctx.progress("reading", 0, missing.length);
    let saved = Date.now();
    let read = 0;
    for (const s of missing) {
      try {
        await statementSuggestions(ctx, { workspaceId, idOrSlug: s.id });
        read++;
      } catch (e) {
        // Deleted since it was listed: nothing to read. Anything else fails the delivery, and pg-boss retries it.
        if (!(e instanceof AppError && e.code === "not_found")) throw e;
      }
      if (Date.now() - saved >= PROGRESS_EVERY_MS) {
        await ctx.progress("reading", read, missing.length);
        saved = Date.now();
      }
    }
    await ctx.progress("reading", read, missing.length);
    await ctx.db.$transaction((tx) => ctx.succeed(tx, { read, total: missing.length }));
  },
});

const FIND_SUGGESTIONS: JobKind = "findSuggestions";

/** The workspace's run of the detector over the corpus that is queued or running, if any: one at a time is enough. */
export function activeFindSuggestionsJob(db: Db, workspaceId: string) {
  return db.job.findFirst({
    where: { workspaceId, kind: FIND_SUGGESTIONS, state: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
  });
}
