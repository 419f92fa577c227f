import { suggestionsApply } from "@verbatim/core";
import type { Db } from "../../db/database.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import type { SuggestionSet } from "./suggestion-set.ts";
import { readDetectorInput, readSuggestionSource, storeSuggestionSet, type SuggestionSource } from "./suggestion-set-sql.ts";

export interface StatementSuggestions {
  statement: SuggestionSource;
  /** Whether the rules read the statement's language (English, or unknown); when not, `set` is empty. */
  applies: boolean;
  set: SuggestionSet;
}

const NONE: SuggestionSet = { blocks: [], items: [] };

/**
 * The computations under way on this instance, by statement, revision and inputs: a reader that turns suggestion mode
 * on and accepts at once misses the cache twice, and both wait for one run of the detector.
 */
const computing = new Map<string, Promise<SuggestionSet>>();

/**
 * Every suggestion on a statement's current revision, before any member's filter: read from the cache, or found by
 * the detector in the worker pool and cached for every instance (per revision and inputs: suggestion-set-sql.ts).
 * Two instances that miss at once both compute; the first to store wins, and both answer the same set.
 */
export async function statementSuggestions(
  deps: { db: Db; work: WorkPool },
  at: { workspaceId: string; idOrSlug: string },
): Promise<StatementSuggestions> {
  const statement = await readSuggestionSource(deps.db, at);
  const applies = suggestionsApply(statement.language);
  if (!applies) return { statement, applies, set: NONE };
  if (statement.cached) return { statement, applies, set: statement.cached };
  const key = `${statement.id} ${statement.currentRevision} ${statement.inputKey}`;
  let set = computing.get(key);
  if (!set) {
    set = computeSet(deps, at.workspaceId, statement).finally(() => computing.delete(key));
    computing.set(key, set);
  }
  return { statement, applies, set: await set };
}

/** Runs the detector over the statement's current revision in the worker pool, and caches what it finds. */
async function computeSet(deps: { db: Db; work: WorkPool }, workspaceId: string, statement: SuggestionSource): Promise<SuggestionSet> {
  const revision = statement.currentRevision;
  const { blocks, instruments } = await readDetectorInput(deps.db, { workspaceId, statementId: statement.id, revision });
  const set = await deps.work.run("findSuggestions", {
    paragraphs: blocks,
    language: statement.language,
    delegation: statement.delegation,
    onBehalfOf: statement.onBehalfOf,
    forum: statement.forum,
    instruments,
  });
  await storeSuggestionSet(deps.db, { statementId: statement.id, revision, inputKey: statement.inputKey }, set);
  return set;
}
