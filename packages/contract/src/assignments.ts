import { z } from "zod";
import { UserRef } from "./auth.ts";
import { Cursor, IsoDate, IsoDateTime, Uuid } from "./common.ts";

/** What an assignee is asked to do with a statement: tag its passages, or review its annotations. */
export const ASSIGNMENT_TASKS = ["tag", "review"] as const;
export const AssignmentTask = z.enum(ASSIGNMENT_TASKS);
export type AssignmentTask = z.infer<typeof AssignmentTask>;

/** What the caller may do with an assignment: mark it done or open it again, and delete it. */
export const AssignmentAbilities = z.object({ complete: z.boolean(), delete: z.boolean() });
export type AssignmentAbilities = z.infer<typeof AssignmentAbilities>;

export const Assignment = z.object({
  id: Uuid,
  task: AssignmentTask,
  statement: z.object({ id: Uuid, slug: z.string(), title: z.string(), delegation: z.string().nullable(), date: z.string().nullable() }),
  assignee: UserRef,
  assignedBy: UserRef,
  /** A calendar day (YYYY-MM-DD): due by the end of it, wherever the team is. */
  dueDate: IsoDate.nullable(),
  createdAt: IsoDateTime,
  doneAt: IsoDateTime.nullable(),
  can: AssignmentAbilities,
});
export type Assignment = z.infer<typeof Assignment>;
export const AssignmentResponse = z.object({ assignment: Assignment });
export const AssignmentPage = z.object({ items: z.array(Assignment), nextCursor: z.string().nullable() });
export type AssignmentPage = z.infer<typeof AssignmentPage>;
/** The assignments a create made or renewed, one per statement and assignee. */
export const AssignmentList = z.object({ items: z.array(Assignment) });

export const CreateAssignmentsRequest = z.strictObject({
  /** Statement IDs or slugs. */
  statements: z.array(z.string().min(1).max(200)).min(1).max(200),
  assignees: z.array(Uuid).min(1).max(50),
  task: AssignmentTask,
  dueDate: IsoDate.nullish(),
});
export type CreateAssignmentsRequest = z.infer<typeof CreateAssignmentsRequest>;

export const UpdateAssignmentRequest = z.strictObject({ done: z.boolean() });

export const ASSIGNMENT_STATES = ["open", "done", "all"] as const;
export const ListAssignmentsQuery = z.strictObject({
  /** A member's ID, or `me` for the caller. */
  assignee: z.union([z.literal("me"), Uuid]).optional(),
  /** A statement's ID or slug. */
  statement: z.string().min(1).max(200).optional(),
  task: AssignmentTask.optional(),
  state: z.enum(ASSIGNMENT_STATES).default("open"),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: Cursor,
});
export type ListAssignmentsQuery = z.infer<typeof ListAssignmentsQuery>;

/** The members who may be given each task, by name. */
export const AssignableMembers = z.object({ tag: z.array(UserRef), review: z.array(UserRef) });
export type AssignableMembers = z.infer<typeof AssignableMembers>;
