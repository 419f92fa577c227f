import { randomUUID } from "node:crypto";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndoneRecord, lockUndo, markUndoUsed, restoreUses, touchedCount } from "./codebook-undo-sql.ts";
import { deleteCodes, lockCode, recreateCode, writeCodeFields } from "./codes-sql.ts";
import type { CodeRow } from "./code-row.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { announceRecoded } from "./recoded-annotations-sql.ts";

const TIMEOUT_MS = 120_000;
const stale = (message: string) => new AppError("undo_stale", message);

/**
 * Takes back one codebook change: the codes it changed or removed are put back as they were, codes it made are
 * removed, and the annotations it touched get back the uses of the involved codes they had. Refused (409
 * undo_stale, nothing changed) once used, or when a code it left has changed since, so an undo never overwrites a
 * later change.
 */
export async function undoCodebookChange(db: Db, opts: { actor: Actor; token: string }): Promise<{ undone: string; annotations: number }> {
  const { actor } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  return db.$transaction(
    async (tx) => {
      const undo = await lockUndo(tx, actor.workspaceId, opts.token);
      if (!undo) throw notFound("undo");
      if (undo.usedAt) throw stale("this change was already undone");
      const { plan } = undo;
      for (const { id, version } of plan.expect) {
        const now = await lockCode(tx, actor.workspaceId, id);
        if (!now || now.version !== version) throw stale("a code this change left has changed since; undo it by hand");
      }
      for (const code of plan.restore) await putBack(tx, actor.workspaceId, code);
      await deleteCodes(tx, plan.remove);
      const annotations = await touchedCount(tx, undo.id);
      if (plan.involved.length > 0 && annotations > 0) {
        await restoreUses(tx, undo.id, plan.involved);
        const record = randomUUID();
        await insertUndoneRecord(tx, { id: record, undone: undo, workspaceId: actor.workspaceId, actorId: actor.userId });
        await announceRecoded(tx, { undoId: record, workspaceId: actor.workspaceId, actorId: actor.userId });
      }
      await markUndoUsed(tx, undo.id);
      await recordCodebookChange(tx, actor, {
        event: { type: "codebook.undone", code: plan.restore[0] ?? null },
        changes: plan.restore.map((code) => ({ codeId: code.id, action: "undone", before: null, after: { undid: undo.action, code } })),
        annotations,
      });
      return { undone: undo.action, annotations };
    },
    { timeout: TIMEOUT_MS },
  );
}

/** The code as it was: its fields back if it is still there, else made again with its ID (a merged or deleted code). */
async function putBack(tx: Parameters<typeof lockCode>[0], workspaceId: string, code: CodeRow): Promise<void> {
  const now = await lockCode(tx, workspaceId, code.id);
  if (now) {
    await writeCodeFields(tx, code);
    return;
  }
  const made = await recreateCode(tx, workspaceId, code);
  if (!made) throw stale(`another ${code.type} is named "${code.name}" now; rename it first`);
}
