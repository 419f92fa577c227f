import type { Code, CreateCodeRequest } from "@verbatim/contract";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { canCreateCodes, statusOfCodeMadeWhileTagging } from "./codebook-policy.ts";
import { codeExists, checkParent } from "./code-checks.ts";
import { codeWithKeyOf, insertCode, readCodes } from "./codes-sql.ts";
import { recordCodebookChange } from "./record-codebook-change.ts";
import { presentCode } from "./present-code.ts";

/** A new code; an analyst's is `new` (for review), a reviewer's or admin's active. */
export async function createCode(db: Db, opts: { actor: Actor; input: z.infer<typeof CreateCodeRequest> }): Promise<Code> {
  const { actor, input } = opts;
  if (!canCreateCodes(actor)) throw forbidden();
  const id = await db.$transaction(async (tx) => {
    const clash = await codeWithKeyOf(tx, { workspaceId: actor.workspaceId, type: input.type, name: input.name });
    if (clash) throw codeExists(input.type, clash);
    if (input.parentId) await checkParent(tx, { workspaceId: actor.workspaceId, type: input.type, parentId: input.parentId });
    const status = statusOfCodeMadeWhileTagging(actor);
    // A create racing this one for the same name finds the key taken: the same conflict.
    const created = await insertCode(tx, {
      workspaceId: actor.workspaceId,
      type: input.type,
      name: input.name,
      parentId: input.parentId ?? null,
      definition: input.definition ?? null,
      guidanceUse: input.guidance?.use ?? null,
      guidanceAvoid: input.guidance?.avoid ?? null,
      colour: input.colour ?? null,
      status,
      createdById: actor.userId,
    });
    if (!created)
      throw codeExists(input.type, (await codeWithKeyOf(tx, { workspaceId: actor.workspaceId, type: input.type, name: input.name }))!);
    await recordCodebookChange(tx, actor, {
      event: { type: "code.created", code: { id: created, name: input.name, type: input.type } },
      changes: [{ codeId: created, action: "created", before: null, after: { name: input.name, type: input.type, status } }],
    });
    return created;
  });
  const [code] = await readCodes(db, { workspaceId: actor.workspaceId, ids: [id] });
  return presentCode(code!);
}
