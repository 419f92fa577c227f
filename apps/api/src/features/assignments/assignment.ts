import type { Assignment } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { assignmentAbilities } from "./assignment-policy.ts";

/** What an assignment is read with, for its presenter. */
export const ASSIGNMENT_INCLUDE = {
  statement: { select: { id: true, slug: true, title: true, delegation: true, date: true } },
  assignee: { select: { id: true, name: true } },
  assignedBy: { select: { id: true, name: true } },
} satisfies Prisma.AssignmentInclude;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ include: typeof ASSIGNMENT_INCLUDE }>;

/** Soonest due first, undated last; then oldest first. */
export const ASSIGNMENT_ORDER = [
  { dueDate: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.AssignmentOrderByWithRelationInput[];

/** An assignment as `viewer` sees it, with what they may do with it. */
export const presentAssignmentFor =
  (viewer: Viewer) =>
  (row: AssignmentRow): Assignment => ({
    id: row.id,
    task: row.task,
    statement: row.statement,
    assignee: row.assignee,
    assignedBy: row.assignedBy,
    // A DATE column arrives as UTC midnight of that day.
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    createdAt: row.createdAt.toISOString(),
    doneAt: row.doneAt?.toISOString() ?? null,
    can: assignmentAbilities(viewer, row),
  });
