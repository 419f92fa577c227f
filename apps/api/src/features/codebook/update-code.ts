import { randomUUID } from "node:crypto";
import type { CodebookChange, UpdateCodeRequest } from "@verbatim/contract";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden, notFound } from "../../http/app-error.ts";
import { checkParent, codeExists } from "./code-checks.ts";
import type { CodeRow } from "./code-row.ts";
import { canGovernCodebook } from "./codebook-policy.ts";
import { insertUndo } from "./codebook-undo-sql.ts";
import { codeWithKeyOf, lockCode, readCodes, writeCodeFields } from "./codes-sql.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { presentCode } from "./present-code.ts";

type Input = z.infer<typeof UpdateCodeRequest>;

/**
 * Renames, defines, moves, colours or deprecates a code. Annotations refer to codes by ID, so a rename changes this
 * row only: every annotation shows the new name from then on, and its own version does not move.
 */
export async function updateCode(db: Db, opts: { actor: Actor; id: string; input: Input }): Promise<CodebookChange> {
  const { actor, input } = opts;
  if (!canGovernCodebook(actor)) throw forbidden("reviewers and admins govern the codebook");
  const undo = randomUUID();
  await db.$transaction(async (tx) => {
    const before = await lockCode(tx, actor.workspaceId, opts.id);
    if (!before) throw notFound("code");
    if (before.version !== input.version) {
      const [current] = await readCodes(tx, { workspaceId: actor.workspaceId, ids: [before.id] });
      throw new AppError("version_conflict", "the code changed since you read it", { current: presentCode(current!) });
    }
    if (input.name !== undefined) {
      const clash = await codeWithKeyOf(tx, { workspaceId: actor.workspaceId, type: before.type, name: input.name, except: before.id });
      if (clash) throw codeExists(before.type, clash);
    }
    if (input.parentId)
      await checkParent(tx, { workspaceId: actor.workspaceId, type: before.type, parentId: input.parentId, id: before.id });
    const after = changed(before, input);
    await writeCodeFields(tx, after);
    await insertUndo(tx, {
      id: undo,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: actionOf(before, input),
      plan: { restore: [before], expect: [{ id: before.id, version: before.version + 1 }], remove: [], involved: [] },
    });
    const action = actionOf(before, input);
    await recordCodebookChange(tx, actor, {
      event: { type: `code.${action}`, code: after, previousName: action === "renamed" ? before.name : null },
      changes: [{ codeId: before.id, action, before, after: { ...after, version: before.version + 1 } }],
    });
  });
  const [code] = await readCodes(db, { workspaceId: actor.workspaceId, ids: [opts.id] });
  return { code: presentCode(code!), annotations: 0, undo };
}

function changed(before: CodeRow, input: Input): CodeRow {
  return {
    ...before,
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
    ...(input.definition !== undefined ? { definition: input.definition } : {}),
    ...(input.guidance?.use !== undefined ? { guidanceUse: input.guidance.use } : {}),
    ...(input.guidance?.avoid !== undefined ? { guidanceAvoid: input.guidance.avoid } : {}),
    ...(input.colour !== undefined ? { colour: input.colour } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
  };
}

/** The history's word for the change: a rename and a deprecation are named, anything else is an edit. */
function actionOf(before: CodeRow, input: Input): "renamed" | "deprecated" | "edited" {
  if (input.name !== undefined && input.name !== before.name) return "renamed";
  if (input.status === "deprecated" && before.status !== "deprecated") return "deprecated";
  return "edited";
}
