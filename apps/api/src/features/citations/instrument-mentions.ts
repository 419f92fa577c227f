import type { InstrumentMention, InstrumentMentions } from "@verbatim/contract";
import { suggestionsApply } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { readCorpusStatements } from "../suggestions/corpus-sets-sql.ts";
import { openSuggestions } from "../suggestions/open-suggestions.ts";
import { assertCitable } from "./instrument-references.ts";
import { presentCitingPlace } from "./present-citing.ts";
import { type MentionRow, readCoveringReferences, readDismissedAcross, readMentions } from "./mentions-sql.ts";

/**
 * The words across the workspace's statements that the detector reads as citing `key` and that nobody has tagged as
 * citing it (nor the caller dismissed): the same rule as a statement's open suggestions (openSuggestions), applied
 * statement by statement. Only statements whose current set is computed are searched; `coverage` says how many.
 */
export async function instrumentMentions(db: Db, opts: { actor: Actor; key: string }): Promise<InstrumentMentions> {
  const { actor, key } = opts;
  await assertCitable(db, actor.workspaceId, key);
  const [corpus, rows] = await Promise.all([readCorpusStatements(db, actor.workspaceId), readMentions(db, actor.workspaceId, key)]);
  const statementIds = [...new Set(rows.map((r) => r.statement_id))];
  const [covering, dismissed] = await Promise.all([
    readCoveringReferences(db, { statementIds, key }),
    readDismissedAcross(db, { statementIds, userId: actor.userId }),
  ]);
  const open = new Set<MentionRow>();
  for (const id of statementIds) {
    const mine = rows.filter((r) => r.statement_id === id);
    const still = openSuggestions(
      mine.map((r) => r.suggestion),
      {
        blocks: mine[0]?.blocks ?? [],
        annotations: covering.filter((a) => a.statement_id === id),
        dismissed: new Set(mine.filter((r) => dismissed.has(`${id} ${r.suggestion.id}`)).map((r) => r.suggestion.id)),
      },
    );
    const ids = new Set(still.map((s) => s.id));
    for (const r of mine) if (ids.has(r.suggestion.id)) open.add(r);
  }
  const otherLanguages = corpus.filter((s) => !suggestionsApply(s.language)).length;
  return {
    key,
    items: rows.filter((r) => open.has(r)).map(presentMention),
    coverage: { statements: corpus.length, read: corpus.filter((s) => s.read).length, otherLanguages },
  };
}

function presentMention(r: MentionRow): InstrumentMention {
  const s = r.suggestion;
  return {
    suggestionId: s.id,
    quote: s.quote,
    confidence: s.confidence,
    rule: s.rule,
    why: s.why,
    ...presentCitingPlace(r, s.target.paragraphId),
    start: s.target.start,
    end: s.target.end,
  };
}
