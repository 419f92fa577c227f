import { type Endpoint, read, write } from "./endpoint.ts";
import { StatementParams } from "./path-params.ts";
import * as L from "./statement-lifecycle.ts";
import { StatementResponse } from "./statements.ts";

/**
 * A statement after its import: its metadata corrected, deleted (a mark, so it can be restored whole), and its
 * history. A deleted statement is not found by any other route; restoring it and the admins' list find it.
 */
export const statementLifecycleEndpoints = {
  updateStatement: {
    method: "patch",
    path: "/api/statements/:idOrSlug",
    params: StatementParams,
    summary:
      "Edit a statement's metadata (the slug never changes). A field left out stays, null clears it. version_conflict: " +
      "the statement changed since `version`; details.current is the statement summary as it is now",
    access: "analyst",
    body: L.UpdateStatementRequest,
    response: StatementResponse,
    status: 200,
    errors: [...write, "version_conflict"],
  },
  deleteStatement: {
    method: "delete",
    path: "/api/statements/:idOrSlug",
    params: StatementParams,
    summary:
      "Delete a statement: admins, or the analyst who imported it while nobody else has an annotation on it. It leaves " +
      "the library, search, exports and queues with everything on it, until restored",
    access: "analyst",
    status: 204,
    errors: write,
  },
  restoreStatement: {
    method: "post",
    path: "/api/statements/:idOrSlug/restore",
    params: StatementParams,
    summary: "Bring a deleted statement back, with every annotation, comment and review it had (whoever may delete it)",
    access: "analyst",
    response: StatementResponse,
    status: 200,
    errors: write,
  },
  listDeletedStatements: {
    method: "get",
    path: "/api/statements/deleted",
    summary: "The workspace's deleted statements, most recently deleted first, with who deleted them",
    access: "admin",
    response: L.DeletedStatementList,
    status: 200,
    errors: read,
  },
  statementHistory: {
    method: "get",
    path: "/api/statements/:idOrSlug/history",
    params: StatementParams,
    summary:
      "A statement's history, newest first: metadata edits (the changed fields before and after), deletions, restorations, revisions",
    access: "viewer",
    response: L.StatementHistory,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
