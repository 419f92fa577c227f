import { endpoints, type StatementAbilities } from "@verbatim/contract";
import type { Viewer } from "../../auth/actor.ts";
import { mayCall } from "../../auth/may-call.ts";
import { canCreateAnnotation } from "../annotations/annotation-policy.ts";

/** Analysts and above import statements (the endpoint's own gate). */
export const canImportStatements = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createStatement);

/** Analysts and above edit a statement's metadata (the endpoint's own gate). */
export const canEditStatement = (viewer: Viewer): boolean => mayCall(viewer, endpoints.updateStatement);

/** Analysts and above add revisions (the endpoint's own gate). */
export const canReviseStatement = (viewer: Viewer): boolean => mayCall(viewer, endpoints.createRevision);

/** Admins see the deleted statements and restore any of them. */
export const canRestoreAnyStatement = (viewer: Viewer): boolean => mayCall(viewer, endpoints.listDeletedStatements);

/** What deleting a statement depends on besides the caller (statement-ownership-sql.ts reads it). */
export interface StatementOwnership {
  createdById: string;
  /** Someone other than its importer has a live annotation on it. */
  annotatedByOthers: boolean;
}

/**
 * Admins delete (and restore) any statement; the analyst who imported one deletes it while it holds nobody else's
 * work, so an accidental import can be taken back without taking others' annotations with it. Restoring is the
 * same rule: nobody can annotate a deleted statement, so the answer does not change while it is deleted.
 */
export const canDeleteStatement = (viewer: Viewer, s: StatementOwnership): boolean =>
  canRestoreAnyStatement(viewer) || (mayCall(viewer, endpoints.deleteStatement) && viewer.userId === s.createdById && !s.annotatedByOthers);

/** Whether deleting the statement needs its ownership facts for this viewer at all (admins and viewers do not). */
export const deleteDependsOnOwnership = (viewer: Viewer): boolean =>
  !canRestoreAnyStatement(viewer) && mayCall(viewer, endpoints.deleteStatement);

/** What the viewer may do with a statement, sent with it. */
export const statementAbilities = (viewer: Viewer, s: StatementOwnership): StatementAbilities => ({
  annotate: canCreateAnnotation(viewer),
  edit: canEditStatement(viewer),
  revise: canReviseStatement(viewer),
  delete: canDeleteStatement(viewer, s),
});
