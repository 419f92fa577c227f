import { type AssignmentAbilities, type AssignmentTask, endpoints } from "@verbatim/contract";
import { type Role, roleAtLeast } from "@verbatim/core";
import type { Viewer } from "../../auth/actor.ts";
import { mayCall } from "../../auth/may-call.ts";

/** Reviewers and admins hand out work (the create endpoint's own gate). */
export const canAssign = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createAssignments);

/** Analysts and up tag; reviewers and up review: the work their role lets them do. */
export const mayTakeTask = (role: Role, task: AssignmentTask): boolean => roleAtLeast(role, task === "tag" ? "analyst" : "reviewer");

interface AssignmentParties {
  assigneeId: string;
  assignedById: string;
}

/** The assignee says they are done (or not yet); whoever assigned it may too. */
export const canCompleteAssignment = (viewer: Viewer, a: AssignmentParties): boolean =>
  viewer.userId === a.assigneeId || viewer.userId === a.assignedById;

/** Whoever assigned it withdraws it; admins withdraw anyone's. */
export const canDeleteAssignment = (viewer: Viewer, a: AssignmentParties): boolean =>
  viewer.role === "admin" || (canAssign(viewer) && viewer.userId === a.assignedById);

/** What the viewer may do with an assignment, sent with it. */
export const assignmentAbilities = (viewer: Viewer, a: AssignmentParties): AssignmentAbilities => ({
  complete: canCompleteAssignment(viewer, a),
  delete: canDeleteAssignment(viewer, a),
});
