import type { AssignmentTask } from "@verbatim/contract";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { Prisma } from "../../generated/prisma/client.ts";

export interface NewAssignments {
  workspaceId: string;
  statementIds: string[];
  assigneeIds: string[];
  task: AssignmentTask;
  dueDate: string | null;
  assignedById: string;
}

/**
 * Every statement × assignee pair for the task, in one statement. A pair already assigned takes the new due date and
 * assigner and is open again: assigning again means "do this (again), by then". Returns the rows' IDs.
 */
export async function upsertAssignments(db: DbOrTx, a: NewAssignments): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO assignments (id, workspace_id, statement_id, assignee_id, task, due_date, assigned_by)
    SELECT gen_random_uuid(), ${a.workspaceId}::uuid, s, u, ${a.task}::"AssignmentTask", ${a.dueDate}::date, ${a.assignedById}::uuid
    FROM unnest(${a.statementIds}::uuid[]) AS s CROSS JOIN unnest(${a.assigneeIds}::uuid[]) AS u
    ON CONFLICT (statement_id, assignee_id, task) DO UPDATE
      SET due_date = EXCLUDED.due_date, assigned_by = EXCLUDED.assigned_by, done_at = NULL
    RETURNING id`;
  return rows.map((r) => r.id);
}

/** Over `a` (annotations): the annotation's statement is one `userId` has an open review assignment for. */
export const inOpenReviewAssignment = (userId: string): Prisma.Sql =>
  Prisma.sql`EXISTS (SELECT 1 FROM assignments asg WHERE asg.statement_id = a.statement_id AND asg.assignee_id = ${userId}::uuid
    AND asg.task = 'review' AND asg.done_at IS NULL)`;
