import type { WorkspaceAbilities } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { canReviewAnnotation } from "../annotations/annotation-policy.ts";
import { canAssign } from "../assignments/assignment-policy.ts";
import { canSaveViews } from "../saved-views/saved-views-policy.ts";
import { canImportStatements, canRestoreAnyStatement } from "../statements/statement-policy.ts";
import { canManageMembers } from "../team/team-policy.ts";
import { canAddInstruments } from "../vocabulary/instrument-policy.ts";
import { canCreateWorkspace } from "./account-policy.ts";

/** What the viewer may do in the workspace beyond any one object, from each feature's policy (sent with GET /api/me). */
export const workspaceAbilities = (viewer: Viewer): WorkspaceAbilities => ({
  import: canImportStatements(viewer),
  review: canReviewAnnotation(viewer),
  manageMembers: canManageMembers(viewer),
  addInstruments: canAddInstruments(viewer),
  createWorkspace: canCreateWorkspace(viewer),
  assign: canAssign(viewer),
  restoreStatements: canRestoreAnyStatement(viewer),
  saveViews: canSaveViews(viewer),
});
