import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { canDeleteAssignment } from "./assignment-policy.ts";
import { findAssignment } from "./find-assignment.ts";

/** Withdraws an assignment. */
export async function deleteAssignment(db: Db, opts: { actor: Actor; id: string }): Promise<void> {
  const row = await findAssignment(db, opts.actor.workspaceId, opts.id);
  if (!canDeleteAssignment(opts.actor, row)) throw forbidden("only whoever assigned it, or an admin, withdraws an assignment");
  await db.assignment.deleteMany({ where: { id: row.id } });
}
