import { endpoints } from "@verbatim/contract";
import { Router } from "express";
import type { AppDeps } from "../../http/context.ts";
import { mount } from "../../http/route.ts";
import { assignableMembers } from "./assignable-members.ts";
import { createAssignments } from "./create-assignments.ts";
import { deleteAssignment } from "./delete-assignment.ts";
import { listAssignments } from "./list-assignments.ts";
import { updateAssignment } from "./update-assignment.ts";

export function assignmentRoutes(deps: AppDeps): Router {
  const r = Router();
  const { db } = deps;
  mount(r, deps, endpoints.createAssignments, ({ actor, body }) => createAssignments(db, { actor, request: body }));
  mount(r, deps, endpoints.listAssignments, ({ actor, query }) => listAssignments(db, { actor, query }));
  mount(r, deps, endpoints.assignableMembers, ({ actor }) => assignableMembers(db, { actor }));
  mount(r, deps, endpoints.updateAssignment, ({ actor, params, body }) => updateAssignment(db, { actor, id: params.id, done: body.done }));
  mount(r, deps, endpoints.deleteAssignment, ({ actor, params }) => deleteAssignment(db, { actor, id: params.id }));
  return r;
}
