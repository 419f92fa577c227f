import type { SuggestionList } from "@verbatim/contract";
import type { AnnotationKind } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { openSuggestionsFor } from "./open-suggestions-for.ts";
import { statementSuggestions } from "./statement-suggestions.ts";
import { suggestionAbilities } from "./suggestion-policy.ts";

/** A statement's suggestions as the reader shows them to the caller, of the kinds asked for (all by default). */
export async function listSuggestions(
  deps: { db: Db; work: WorkPool },
  opts: { actor: Actor; idOrSlug: string; kinds?: readonly AnnotationKind[] | undefined },
): Promise<SuggestionList> {
  const { actor } = opts;
  const found = await statementSuggestions(deps, { workspaceId: actor.workspaceId, idOrSlug: opts.idOrSlug });
  const open = await openSuggestionsFor(deps.db, found, actor.userId);
  const kinds = opts.kinds ? new Set(opts.kinds) : null;
  return {
    items: kinds ? open.filter((s) => kinds.has(s.kind)) : open,
    revision: found.statement.currentRevision,
    applies: found.applies,
    language: found.statement.language,
    can: suggestionAbilities(actor),
  };
}
