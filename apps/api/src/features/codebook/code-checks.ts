import type { CodeType } from "@verbatim/core";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { AppError } from "../../http/app-error.ts";
import { wouldLoop } from "./codes-sql.ts";

/** 409: another code of the type has this name, spelling aside; the answer names it, so the client can offer to merge. */
export const codeExists = (type: CodeType, existing: { id: string; name: string }) =>
  new AppError("code_exists", `the ${type} "${existing.name}" already has this name; merge into it instead`, { existing });

/** A parent must be a code of the workspace, of the same type, and not the code itself or one of its descendants. */
export async function checkParent(tx: DbOrTx, q: { workspaceId: string; type: CodeType; parentId: string; id?: string }): Promise<void> {
  const parent = await tx.code.findFirst({ where: { id: q.parentId, workspaceId: q.workspaceId }, select: { type: true } });
  if (!parent) throw new AppError("invalid_parent", "no such parent code in this workspace", { parentId: q.parentId });
  if (parent.type !== q.type) throw new AppError("invalid_parent", `a ${q.type} can only sit under a ${q.type}`, { parentId: q.parentId });
  if (q.id && (q.id === q.parentId || (await wouldLoop(tx, q.id, q.parentId)))) {
    throw new AppError("invalid_parent", "a code cannot sit under itself or one of its own children", { parentId: q.parentId });
  }
}
