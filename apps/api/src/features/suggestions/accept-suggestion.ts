import type { AcceptSuggestionRequest } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";
import { createAnnotation } from "../annotations/create-annotation.ts";
import { assertRevisionCurrent } from "../statements/find-statement.ts";
import { annotationInputOf, provenanceOfSuggestion } from "./annotation-input.ts";
import { openSuggestionsFor } from "./open-suggestions-for.ts";
import { stillOpenUnderLock } from "./suggestion-accept-lock-sql.ts";
import { statementSuggestions } from "./statement-suggestions.ts";
import { canAcceptSuggestions } from "./suggestion-policy.ts";

/**
 * Makes an open suggestion a proposed annotation by the caller, through the same create as one drawn by hand (its
 * history, codes, event and live notice), remembering the rule it came from. A suggestion the caller dismissed, or
 * one an annotation covers by now (accepted already), is not found; of two accepts sent at once, the one that waited
 * on the other's lock finds it covered (suggestion-accept-lock-sql.ts).
 */
export async function acceptSuggestion(
  deps: { db: Db; work: WorkPool },
  opts: { actor: Actor; idOrSlug: string; id: string; input: AcceptSuggestionRequest },
): Promise<AnnotationWithReview> {
  const { actor, input } = opts;
  if (!canAcceptSuggestions(actor)) throw forbidden();
  const found = await statementSuggestions(deps, { workspaceId: actor.workspaceId, idOrSlug: opts.idOrSlug });
  assertRevisionCurrent(found.statement, input.revision);
  const suggestion = (await openSuggestionsFor(deps.db, found, actor.userId)).find((s) => s.id === opts.id);
  if (!suggestion) throw notFound("suggestion");
  const { statement } = found;
  return createAnnotation(deps.db, {
    actor,
    idOrSlug: statement.id,
    input: annotationInputOf(suggestion, statement.currentRevision, input.attributes),
    provenance: provenanceOfSuggestion(suggestion),
    guard: async (tx) => {
      const at = { statementId: statement.id, revision: statement.currentRevision, blocks: found.set.blocks };
      if ((await stillOpenUnderLock(tx, at, [suggestion])).length === 0) throw notFound("suggestion");
    },
  });
}
