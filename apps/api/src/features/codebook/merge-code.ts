import { randomUUID } from "node:crypto";
import type { CodebookChange } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo, keepTouched, touchedCount } from "./codebook-undo-sql.ts";
import { deleteCodes, lockCode, readCodes } from "./codes-sql.ts";
import { reparentChildren } from "./merge-code-sql.ts";
import { moveTouchedUses, touchingCode } from "./recode-sql.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { presentCode } from "./present-code.ts";
import { announceRecoded } from "./recoded-annotations-sql.ts";

const TIMEOUT_MS = 120_000;

/**
 * Merges code `id` into `into`: every annotation with it has `into` instead (once, where it had both), its child
 * codes move under `into`, and it is removed. The two codes are locked in ID order, so two merges of the same pair
 * in opposite directions queue, and the second finds its code gone (404) rather than deadlocking.
 */
export async function mergeCode(db: Db, opts: { actor: Actor; id: string; into: string }): Promise<CodebookChange> {
  const { actor } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  const undo = randomUUID();
  const annotations = await db.$transaction(
    async (tx) => {
      const [first, second] = [opts.id, opts.into].sort();
      const locked = new Map([
        [first!, await lockCode(tx, actor.workspaceId, first!)],
        [second!, await lockCode(tx, actor.workspaceId, second!)],
      ]);
      const from = locked.get(opts.id);
      const into = locked.get(opts.into);
      if (!from) throw notFound("code");
      if (!into) throw notFound("code");
      // Checked once both are known to be the workspace's: another workspace's code is not found, whatever the request.
      if (from.id === into.id) throw new AppError("invalid_merge", "a code cannot be merged into itself");
      if (from.type !== into.type) throw new AppError("invalid_merge", `a ${from.type} cannot be merged into a ${into.type}`);
      const children = await reparentChildren(tx, from.id, into.id);
      await insertUndo(tx, {
        id: undo,
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "merged",
        plan: {
          restore: [from, ...children.map((c) => ({ ...c, parentId: from.id }))],
          expect: [{ id: into.id, version: into.version }, ...children.map((c) => ({ id: c.id, version: c.version }))],
          remove: [],
          involved: [from.id, into.id],
        },
      });
      await keepTouched(tx, undo, touchingCode(from.id), [from.id, into.id]);
      await moveTouchedUses(tx, undo, from.id, into.id);
      await announceRecoded(tx, { undoId: undo, workspaceId: actor.workspaceId, actorId: actor.userId });
      await deleteCodes(tx, [from.id]);
      const count = await touchedCount(tx, undo);
      await recordCodebookChange(tx, actor, {
        event: { type: "code.merged", code: from, into },
        changes: [{ codeId: from.id, action: "merged", before: from, after: { into: { id: into.id, name: into.name } } }],
        annotations: count,
      });
      return count;
    },
    { timeout: TIMEOUT_MS },
  );
  const [code] = await readCodes(db, { workspaceId: actor.workspaceId, ids: [opts.into] });
  return { code: code ? presentCode(code) : null, annotations, undo };
}
