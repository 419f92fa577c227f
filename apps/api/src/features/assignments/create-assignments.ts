import { type AssignmentList, type CreateAssignmentsRequest, Uuid } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { z } from "zod";
import type { Actor } from "../../auth/actor.ts";
import type { Db } from "../../db/database.ts";
import { AppError, forbidden } from "../../http/app-error.ts";
import { ASSIGNMENT_INCLUDE, ASSIGNMENT_ORDER, presentAssignmentFor } from "./assignment.ts";
import { canAssign, mayTakeTask } from "./assignment-policy.ts";
import { upsertAssignments } from "./assignments-sql.ts";

/** Hands each statement to each assignee for the task; answers the assignments made or renewed. */
export async function createAssignments(
  db: Db,
  opts: { actor: Actor; request: CreateAssignmentsRequest },
): Promise<z.input<typeof AssignmentList>> {
  const { actor, request } = opts;
  if (!canAssign(actor)) throw forbidden("only reviewers and admins assign work");
  const statementIds = await statementIdsOf(db, actor.workspaceId, [...new Set(request.statements)]);
  const assigneeIds = [...new Set(request.assignees)];
  const members = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId, userId: { in: assigneeIds } },
    select: { userId: true, role: true },
  });
  const roles = new Map(members.map((m) => [m.userId, m.role as Role]));
  const refused = assigneeIds.filter((id) => {
    const role = roles.get(id);
    return !role || !mayTakeTask(role, request.task);
  });
  if (refused.length > 0) {
    const who = request.task === "tag" ? "analysts, reviewers and admins" : "reviewers and admins";
    throw new AppError("invalid_assignee", `only ${who} of this workspace can be assigned to ${request.task}`, { assignees: refused });
  }
  const ids = await upsertAssignments(db, {
    workspaceId: actor.workspaceId,
    statementIds,
    assigneeIds,
    task: request.task,
    dueDate: request.dueDate ?? null,
    assignedById: actor.userId,
  });
  const rows = await db.assignment.findMany({ where: { id: { in: ids } }, include: ASSIGNMENT_INCLUDE, orderBy: ASSIGNMENT_ORDER });
  return { items: rows.map(presentAssignmentFor(actor)) };
}

/** The workspace's statements named by ID or slug; any it does not have answers 404, naming them. */
async function statementIdsOf(db: Db, workspaceId: string, refs: string[]): Promise<string[]> {
  const ids = refs.filter((r) => Uuid.safeParse(r).success);
  const found = await db.statement.findMany({
    where: { workspaceId, deletedAt: null, OR: [{ slug: { in: refs } }, { id: { in: ids } }] },
    select: { id: true, slug: true },
  });
  const missing = refs.filter((r) => !found.some((s) => s.id === r || s.slug === r));
  if (missing.length > 0) throw new AppError("not_found", "statement not found", { statements: missing });
  return [...new Set(found.map((s) => s.id))];
}
