import { randomUUID } from "node:crypto";
import type { CodebookChange, SplitCodeRequest } from "@verbatim/contract";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { codeExists } from "./code-checks.ts";
import type { CodeRow } from "./code-row.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo, keepTouched, touchedCount } from "./codebook-undo-sql.ts";
import { codeWithKeyOf, insertCode, insertCodeChange, lockCode, readCodes } from "./codes-sql.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { presentCode } from "./present-code.ts";
import { announceRecoded } from "./recoded-annotations-sql.ts";
import { moveTouchedUses, touchingCodeAmong } from "./recode-sql.ts";

const TIMEOUT_MS = 120_000;
type Input = z.infer<typeof SplitCodeRequest>;

/**
 * Splits a code: the chosen annotations (those of them that carry it) move from it to another code, an existing one
 * of the same type or one made here; the rest keep it. Undo moves them back (and removes a code made here).
 */
export async function splitCode(db: Db, opts: { actor: Actor; id: string; input: Input }): Promise<CodebookChange> {
  const { actor, input } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  const undo = randomUUID();
  const { into, annotations } = await db.$transaction(
    async (tx) => {
      const from = await lockCode(tx, actor.workspaceId, opts.id);
      if (!from) throw notFound("code");
      const target = await targetOf(tx, actor, from, input.into);
      await insertUndo(tx, {
        id: undo,
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "split",
        plan: { restore: [], expect: [], remove: target.made ? [target.id] : [], involved: [from.id, target.id] },
      });
      const involved = [from.id, target.id];
      await keepTouched(
        tx,
        undo,
        touchingCodeAmong({ workspaceId: actor.workspaceId, code: from.id, annotations: input.annotations }),
        involved,
      );
      await moveTouchedUses(tx, undo, from.id, target.id);
      await announceRecoded(tx, { undoId: undo, workspaceId: actor.workspaceId, actorId: actor.userId });
      const count = await touchedCount(tx, undo);
      await recordCodebookChange(tx, actor, {
        event: { type: "code.split", code: from, into: { id: target.id, name: target.name, type: from.type } },
        changes: [
          { codeId: from.id, action: "split", before: null, after: { into: { id: target.id, name: target.name, made: target.made } } },
        ],
        annotations: count,
      });
      return { into: target.id, annotations: count };
    },
    { timeout: TIMEOUT_MS },
  );
  const [code] = await readCodes(db, { workspaceId: actor.workspaceId, ids: [into] });
  return { code: code ? presentCode(code) : null, annotations, undo };
}

/** The code the annotations move to: an existing one of the same type, or one made now (active). */
async function targetOf(
  tx: DbOrTx,
  actor: Actor,
  from: CodeRow,
  into: Input["into"],
): Promise<{ id: string; name: string; made: boolean }> {
  if ("id" in into) {
    const target = await lockCode(tx, actor.workspaceId, into.id);
    if (!target) throw notFound("code");
    if (target.id === from.id || target.type !== from.type) {
      throw new AppError("invalid_merge", "annotations move to another code of the same type");
    }
    return { id: target.id, name: target.name, made: false };
  }
  const id = await insertCode(tx, {
    workspaceId: actor.workspaceId,
    type: from.type,
    name: into.name,
    parentId: from.parentId,
    definition: into.definition ?? null,
    guidanceUse: null,
    guidanceAvoid: null,
    colour: null,
    status: "active",
    createdById: actor.userId,
  });
  if (!id) throw codeExists(from.type, (await codeWithKeyOf(tx, { workspaceId: actor.workspaceId, type: from.type, name: into.name }))!);
  await insertCodeChange(tx, {
    workspaceId: actor.workspaceId,
    codeId: id,
    action: "created",
    actorId: actor.userId,
    before: null,
    after: { name: into.name, type: from.type, splitFrom: from.id },
  });
  return { id, name: into.name, made: true };
}
