import * as C from "./codebook.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams } from "./path-params.ts";

/** The workspace's codebook: topics and labels as governed codes (issue 15). */
export const codebookEndpoints = {
  listCodes: {
    method: "get",
    path: "/api/codebook/codes",
    summary: "The workspace's codebook: every code with its definition, guidance, status and uses",
    access: "viewer",
    query: C.CodebookQuery,
    response: C.CodeList,
    status: 200,
    errors: read,
  },
  createCode: {
    method: "post",
    path: "/api/codebook/codes",
    summary: "Add a code (an analyst's is new until reviewed; a reviewer's or admin's is active)",
    access: "analyst",
    body: C.CreateCodeRequest,
    response: C.Code,
    status: 201,
    errors: [...write, "conflict", "code_exists", "invalid_parent"],
  },
  updateCode: {
    method: "patch",
    path: "/api/codebook/codes/:id",
    params: IdParams,
    summary: "Rename, define, move, colour or deprecate a code; every annotation that uses it follows",
    access: "reviewer",
    body: C.UpdateCodeRequest,
    response: C.CodebookChange,
    status: 200,
    errors: [...write, "version_conflict", "code_exists", "invalid_parent"],
  },
  mergeCode: {
    method: "post",
    path: "/api/codebook/codes/:id/merge",
    params: IdParams,
    summary: "Merge a code into another: its annotations take the other code, and it is removed",
    access: "reviewer",
    body: C.MergeCodeRequest,
    response: C.CodebookChange,
    status: 200,
    errors: [...write, "invalid_merge"],
  },
  undoCodebookChange: {
    method: "post",
    path: "/api/codebook/undo/:token",
    params: C.UndoParams,
    summary: "Take back a codebook change (once), restoring its codes and the annotations it touched",
    access: "reviewer",
    response: C.UndoResult,
    status: 200,
    errors: [...write, "undo_stale"],
  },
} as const satisfies Record<string, Endpoint>;
