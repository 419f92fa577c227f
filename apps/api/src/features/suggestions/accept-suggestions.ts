import { randomUUID } from "node:crypto";
import type { AcceptSuggestionsRequest } from "@verbatim/contract";
import type { Suggestion } from "@verbatim/core";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import type { WorkPool } from "../../work/work-pool.ts";
import type { AnnotationWithReview } from "../annotations/annotation-review.ts";
import { insertCreatedAnnotation, type NewAnnotation } from "../annotations/create-annotation-sql.ts";
import { prepareAnnotation } from "../annotations/prepare-annotation.ts";
import { knownTargetsOf } from "../annotations/validate-attributes.ts";
import { retryIfCodeGone } from "../codebook/code-gone.ts";
import { assertRevisionCurrent } from "../statements/find-statement.ts";
import { annotationInputOf, provenanceOfSuggestion } from "./annotation-input.ts";
import { openSuggestionsFor } from "./open-suggestions-for.ts";
import { stillOpenUnderLock } from "./suggestion-accept-lock-sql.ts";
import { statementSuggestions } from "./statement-suggestions.ts";
import { lockedRevision, readRevisionBlocks } from "./suggestion-set-sql.ts";
import { insertSuggestionUndo } from "./suggestion-undos-sql.ts";
import { canAcceptSuggestions } from "./suggestion-policy.ts";

/** Many inserts in one transaction: longer than Prisma's default five seconds for the largest accept-all. */
const TRANSACTION_MS = 60_000;

/**
 * Accepts every open suggestion of one kind (or the listed ones among them) in one transaction: each becomes an
 * annotation exactly as accepting it alone would make it (prepareAnnotation, insertCreatedAnnotation), and the undo
 * remembers which, at which version. One that an accept running at the same time made meanwhile is left out, seen
 * under the statement's accept lock (suggestion-accept-lock-sql.ts).
 */
export async function acceptSuggestions(
  deps: { db: Db; work: WorkPool },
  opts: { actor: Actor; idOrSlug: string; input: AcceptSuggestionsRequest },
): Promise<{ annotations: AnnotationWithReview[]; undo: string }> {
  const { actor, input } = opts;
  const { db } = deps;
  if (!canAcceptSuggestions(actor)) throw forbidden();
  const found = await statementSuggestions(deps, { workspaceId: actor.workspaceId, idOrSlug: opts.idOrSlug });
  const { statement } = found;
  assertRevisionCurrent(statement, input.revision);
  const listed = input.ids ? new Set(input.ids) : null;
  const chosen = (await openSuggestionsFor(db, found, actor.userId)).filter((s) => s.kind === input.kind && (!listed || listed.has(s.id)));
  const blocks = new Map(
    (await readRevisionBlocks(db, { statementId: statement.id, revision: statement.currentRevision })).map((b) => [b.id, b]),
  );
  const targets = chosen.flatMap((s) => (s.kind === "cross-reference" ? [s.attributes.target] : []));
  const known = await knownTargetsOf(db, actor.workspaceId, targets);
  const undo = randomUUID();
  return retryIfCodeGone(async () => {
    const prepared: { suggestion: Suggestion; created: NewAnnotation }[] = [];
    for (const s of chosen) {
      const block = blocks.get(s.target.paragraphId);
      const created = await prepareAnnotation(db, {
        actor,
        statement,
        blocks: block ? [block] : [],
        input: annotationInputOf(s, statement.currentRevision),
        provenance: provenanceOfSuggestion(s),
        known,
      });
      prepared.push({ suggestion: s, created });
    }
    const made = await db.$transaction(
      async (tx) => {
        // A revision stored meanwhile would leave these offsets on the wrong text: it holds the row, so wait and check.
        assertRevisionCurrent({ currentRevision: await lockedRevision(tx, statement.id) }, statement.currentRevision);
        const at = { statementId: statement.id, revision: statement.currentRevision, blocks: found.set.blocks };
        const open = new Set(await stillOpenUnderLock(tx, at, chosen));
        const fresh = prepared.filter((p) => open.has(p.suggestion)).map((p) => p.created);
        for (const created of fresh) await insertCreatedAnnotation(tx, created);
        await insertSuggestionUndo(tx, {
          id: undo,
          workspaceId: actor.workspaceId,
          statementId: statement.id,
          userId: actor.userId,
          annotations: fresh.map((m) => ({ id: m.view.id, version: m.view.version })),
        });
        return fresh;
      },
      { timeout: TRANSACTION_MS },
    );
    return { annotations: made.map((m) => m.view), undo };
  });
}
