import { randomUUID } from "node:crypto";
import type { CodebookChange } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo, keepUsesOfCode, touchedCount } from "./codebook-undo-sql.ts";
import { deleteCodes, insertCodeChange, lockCode } from "./codes-sql.ts";
import { reparentChildren } from "./merge-code-sql.ts";
import { recordCodebookEvent } from "./codebook-event.ts";
import { announceRecoded } from "./recoded-annotations-sql.ts";
import { dropTouchedUses } from "./recode-sql.ts";

const TIMEOUT_MS = 120_000;

/**
 * Removes a code: the annotations that carry it lose it (each with a new version, history entry and event), its
 * child codes move up to its parent, and the undo puts all of it back.
 */
export async function deleteCode(db: Db, opts: { actor: Actor; id: string }): Promise<CodebookChange> {
  const { actor } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  const undo = randomUUID();
  const annotations = await db.$transaction(
    async (tx) => {
      const code = await lockCode(tx, actor.workspaceId, opts.id);
      if (!code) throw notFound("code");
      const children = await reparentChildren(tx, code.id, code.parentId);
      await insertUndo(tx, {
        id: undo,
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "deleted",
        plan: {
          restore: [code, ...children.map((c) => ({ ...c, parentId: code.id }))],
          expect: children.map((c) => ({ id: c.id, version: c.version })),
          remove: [],
          involved: [code.id],
        },
      });
      await keepUsesOfCode(tx, undo, code.id, [code.id]);
      await dropTouchedUses(tx, undo, [code.id]);
      await announceRecoded(tx, { undoId: undo, workspaceId: actor.workspaceId, actorId: actor.userId, operation: "deleted" });
      await deleteCodes(tx, [code.id]);
      const count = await touchedCount(tx, undo);
      await recordCodebookEvent(tx, {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        type: "code.deleted",
        code,
        annotations: count,
      });
      await insertCodeChange(tx, {
        workspaceId: actor.workspaceId,
        codeId: code.id,
        action: "deleted",
        actorId: actor.userId,
        before: code,
        after: null,
        annotations: count,
      });
      return count;
    },
    { timeout: TIMEOUT_MS },
  );
  return { code: null, annotations, undo };
}
