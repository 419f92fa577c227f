import type { Assignment } from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../http/app-error.ts";
import { ASSIGNMENT_INCLUDE, presentAssignmentFor } from "./assignment.ts";
import { canCompleteAssignment } from "./assignment-policy.ts";
import { findAssignment } from "./find-assignment.ts";

/** Marks an assignment done (keeping when it was first marked so) or opens it again. */
export async function updateAssignment(db: Db, opts: { actor: Actor; id: string; done: boolean }): Promise<{ assignment: Assignment }> {
  const { actor } = opts;
  const row = await findAssignment(db, actor.workspaceId, opts.id);
  if (!canCompleteAssignment(actor, row)) throw forbidden("only the assignee or whoever assigned it marks it done");
  const doneAt = opts.done ? (row.doneAt ?? new Date()) : null;
  const updated = await db.assignment.update({ where: { id: row.id }, data: { doneAt }, include: ASSIGNMENT_INCLUDE });
  return { assignment: presentAssignmentFor(actor)(updated) };
}
