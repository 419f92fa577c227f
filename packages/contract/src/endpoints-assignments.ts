import * as As from "./assignments.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams } from "./path-params.ts";

/** Assignments: statements handed to members to tag or to review, with due dates. */
export const assignmentEndpoints = {
  createAssignments: {
    method: "post",
    path: "/api/assignments",
    summary:
      "Assign statements (IDs or slugs) to members for one task, with an optional due date: one assignment per statement and " +
      "assignee. Assigning one again changes its due date and opens it again. invalid_assignee: someone who is not a member " +
      "with a role for the task (analyst and up to tag, reviewer and up to review); details.assignees lists them",
    access: "reviewer",
    body: As.CreateAssignmentsRequest,
    response: As.AssignmentList,
    status: 201,
    errors: [...write, "invalid_assignee"],
  },
  listAssignments: {
    method: "get",
    path: "/api/assignments",
    summary:
      "The workspace's assignments, open ones by default, soonest due first (those without a date last); filters assignee " +
      "(an ID or me), statement (ID or slug), task, state (open, done or all)",
    access: "viewer",
    query: As.ListAssignmentsQuery,
    response: As.AssignmentPage,
    status: 200,
    errors: read,
  },
  assignableMembers: {
    method: "get",
    path: "/api/assignments/assignees",
    summary: "The members who may be given each task: analysts and up to tag, reviewers and up to review",
    access: "reviewer",
    response: As.AssignableMembers,
    status: 200,
    errors: read,
  },
  updateAssignment: {
    method: "patch",
    path: "/api/assignments/:id",
    params: IdParams,
    summary: "Mark an assignment done, or open it again (its assignee or whoever assigned it)",
    access: "analyst",
    body: As.UpdateAssignmentRequest,
    response: As.AssignmentResponse,
    status: 200,
    errors: write,
  },
  deleteAssignment: {
    method: "delete",
    path: "/api/assignments/:id",
    params: IdParams,
    summary: "Withdraw an assignment (whoever assigned it, or an admin)",
    access: "reviewer",
    status: 204,
    errors: write,
  },
} as const satisfies Record<string, Endpoint>;
