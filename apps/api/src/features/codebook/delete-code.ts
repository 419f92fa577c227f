import { randomUUID } from "node:crypto";
import type { CodebookChange } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../http/app-error.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo, keepTouched, touchedCount } from "./codebook-undo-sql.ts";
import { deleteCodes, lockCode } from "./codes-sql.ts";
import { reparentChildren } from "./merge-code-sql.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { announceRecoded } from "./recoded-annotations-sql.ts";
import { dropTouchedUses, touchingCode } from "./recode-sql.ts";

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
      await keepTouched(tx, undo, touchingCode(code.id), [code.id]);
      await dropTouchedUses(tx, undo, [code.id]);
      await announceRecoded(tx, { undoId: undo, workspaceId: actor.workspaceId, actorId: actor.userId });
      await deleteCodes(tx, [code.id]);
      const count = await touchedCount(tx, undo);
      await recordCodebookChange(tx, actor, {
        event: { type: "code.deleted", code },
        changes: [{ codeId: code.id, action: "deleted", before: code, after: null }],
        annotations: count,
      });
      return count;
    },
    { timeout: TIMEOUT_MS },
  );
  return { code: null, annotations, undo };
}
