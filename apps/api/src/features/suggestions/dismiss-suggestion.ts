import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import { insertDismissal } from "./open-suggestions-sql.ts";
import { statementSuggestions } from "./statement-suggestions.ts";
import { canDismissSuggestions } from "./suggestion-policy.ts";

/**
 * Hides a suggestion from the caller (not from the other coders), keeping its rule and kind for the per-rule figures.
 * Any suggestion on the current text may be dismissed, again or after it was accepted, and nothing changes twice.
 */
export async function dismissSuggestion(
  deps: { db: Db; work: WorkPool },
  opts: { actor: Actor; idOrSlug: string; id: string },
): Promise<void> {
  const { actor } = opts;
  if (!canDismissSuggestions(actor)) throw forbidden();
  const found = await statementSuggestions(deps, { workspaceId: actor.workspaceId, idOrSlug: opts.idOrSlug });
  const suggestion = found.set.items.find((s) => s.id === opts.id);
  if (!suggestion) throw notFound("suggestion");
  await insertDismissal(deps.db, {
    workspaceId: actor.workspaceId,
    statementId: found.statement.id,
    userId: actor.userId,
    suggestionId: suggestion.id,
    rule: suggestion.rule,
    kind: suggestion.kind,
  });
}
