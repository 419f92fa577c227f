import { randomUUID } from "node:crypto";
import type { BulkCodesRequest } from "@verbatim/contract";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { exportWhere } from "../exports/export-query-sql.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo, keepTouched, touchedCount } from "./codebook-undo-sql.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { announceRecoded } from "./recoded-annotations-sql.ts";
import { addToTouched, alteredBySelection, codesOfWorkspace, countNotPositions, dropTouchedUses } from "./recode-sql.ts";

const TIMEOUT_MS = 120_000;
type Input = z.infer<typeof BulkCodesRequest>;

/**
 * Adds and removes codes on every live annotation a filter selects, in one transaction of set-based statements;
 * only the annotations it alters get a new version, history entry and event. Undo gives them back the uses they had.
 */
export async function bulkCodes(db: Db, opts: { actor: Actor; input: Input }) {
  const { actor, input } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  const { annotations: only, ...filters } = input.filter;
  const where = exportWhere(actor.workspaceId, filters);
  const undo = randomUUID();
  return db.$transaction(
    async (tx) => {
      const named = [...new Set([...input.add, ...input.remove])];
      const known = await codesOfWorkspace(tx, actor.workspaceId, named);
      if (known.length !== named.length) throw notFound("code");
      await insertUndo(tx, {
        id: undo,
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "bulk",
        plan: { restore: [], expect: [], remove: [], involved: named },
      });
      await keepTouched(tx, undo, alteredBySelection({ where, add: input.add, remove: input.remove, annotations: only }), named);
      await dropTouchedUses(tx, undo, input.remove);
      await addToTouched(tx, undo, input.add);
      await announceRecoded(tx, { undoId: undo, workspaceId: actor.workspaceId, actorId: actor.userId });
      const annotations = await touchedCount(tx, undo);
      const addsTopic = known.some((c) => c.type === "topic" && input.add.includes(c.id));
      const skipped = addsTopic ? await countNotPositions(tx, where, only) : 0;
      const filter = input.filter.annotations ? { annotations: input.filter.annotations.length } : filters;
      await recordCodebookChange(tx, actor, {
        event: { type: "codes.applied", code: known.length === 1 ? known[0] : null },
        changes: named.map((id) => ({
          codeId: id,
          action: input.add.includes(id) ? "applied" : "removed",
          before: null,
          after: { filter },
        })),
        annotations,
      });
      return { code: null, annotations, undo, skipped };
    },
    { timeout: TIMEOUT_MS },
  );
}
