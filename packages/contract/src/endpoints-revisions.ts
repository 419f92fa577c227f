import { fileErrors } from "./endpoints-imports.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import type { ErrorCode } from "./errors.ts";
import { StatementParams } from "./path-params.ts";
import * as R from "./revisions.ts";

const readsText: ErrorCode[] = [...write, "invalid_content", "too_complex", "server_busy", "no_changes"];

/** Revisions: a statement's later texts, whose IDs follow their words and whose annotations are found again. */
export const revisionEndpoints = {
  createRevision: {
    method: "post",
    path: "/api/statements/:idOrSlug/revisions",
    params: StatementParams,
    summary:
      "Add a revision: the new text (as an import reads it) becomes the current one. Paragraphs and headings keep their IDs " +
      "where their words did; every annotation is found again (anchoring counts how). no_changes: the text is exactly the " +
      "current one; revision_changed: baseRevision is no longer the current revision. Two revisions sent at once land one after the other. " +
      "Takes JSON text, or a file as multipart/form-data (read as an import reads it, and kept with the revision)",
    access: "analyst",
    body: R.CreateRevisionRequest,
    upload: R.CreateRevisionUpload,
    response: R.RevisionResult,
    status: 201,
    errors: [...readsText, "revision_changed", ...fileErrors],
  },
  previewRevision: {
    method: "post",
    path: "/api/statements/:idOrSlug/revisions/preview",
    params: StatementParams,
    summary:
      "What a revision would do, nothing stored: its paragraphs, every ID's fate and how the annotations would be found again. " +
      "Takes JSON text, or a file as multipart/form-data",
    access: "analyst",
    body: R.CreateRevisionRequest,
    upload: R.CreateRevisionUpload,
    response: R.RevisionPreview,
    status: 200,
    errors: [...readsText, "revision_changed", ...fileErrors],
  },
  listRevisions: {
    method: "get",
    path: "/api/statements/:idOrSlug/revisions",
    params: StatementParams,
    summary: "A statement's revisions, oldest first, each with its author, note, change counts and anchoring counts",
    access: "viewer",
    response: R.RevisionList,
    status: 200,
    errors: read,
  },
  revisionDiff: {
    method: "get",
    path: "/api/statements/:idOrSlug/revisions/:n/diff",
    params: R.RevisionParams,
    query: R.RevisionDiffQuery,
    summary:
      "Revision n against an older one (`against`, the previous by default): every ID with its text on either side, its fate " +
      "and, where the words changed, a word-level diff",
    access: "viewer",
    response: R.RevisionDiff,
    status: 200,
    errors: read,
  },
} as const satisfies Record<string, Endpoint>;
