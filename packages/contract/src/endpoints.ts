import * as A from "./annotations.ts";
import * as Auth from "./auth.ts";
import { type Endpoint, read, write } from "./endpoint.ts";
import { IdParams, StatementParams } from "./path-params.ts";
import { activityEndpoints } from "./endpoints-activity.ts";
import { assignmentEndpoints } from "./endpoints-assignments.ts";
import { citationEndpoints } from "./endpoints-citations.ts";
import { searchEndpoints } from "./endpoints-search.ts";
import { analysisEndpoints } from "./endpoints-analysis.ts";
import { codebookEndpoints } from "./endpoints-codebook.ts";
import { codebookExchangeEndpoints } from "./endpoints-codebook-exchange.ts";
import { compareEndpoints } from "./endpoints-compare.ts";
import { discussionEndpoints } from "./endpoints-discussion.ts";
import { exchangeEndpoints } from "./endpoints-exchange.ts";
import { importEndpoints } from "./endpoints-imports.ts";
import { jobEndpoints } from "./endpoints-jobs.ts";
import { liveEndpoints } from "./endpoints-live.ts";
import { placingEndpoints } from "./endpoints-placing.ts";
import { registryEndpoints } from "./endpoints-registry.ts";
import { savedViewEndpoints } from "./endpoints-saved-views.ts";
import { reviewEndpoints } from "./endpoints-review.ts";
import { revisionEndpoints } from "./endpoints-revisions.ts";
import { statementLifecycleEndpoints } from "./endpoints-statement-lifecycle.ts";
import { suggestionEndpoints } from "./endpoints-suggestions.ts";
import { teamEndpoints } from "./endpoints-team.ts";
import { vocabularyEndpoints } from "./endpoints-vocabulary.ts";
import { Health } from "./health.ts";
import { fileErrors } from "./endpoints-imports.ts";
import { CreateStatementUpload } from "./imports.ts";
import { JobResponse } from "./jobs.ts";
import { OpenApiDocument } from "./openapi-document.ts";
import * as S from "./statements.ts";

const coreEndpoints = {
  health: {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database kind; 503 with status unavailable while the database does not answer",
    access: "public",
    response: Health,
    status: 200,
    errors: [],
  },
  setupStatus: {
    method: "get",
    path: "/api/setup",
    summary: "Whether first-run setup is needed, and the sample statements on offer",
    access: "public",
    response: Auth.SetupStatus,
    status: 200,
    errors: [],
  },
  setup: {
    method: "post",
    path: "/api/setup",
    summary: "Create the first admin and workspace (only while there are no users); starts a session",
    access: "public",
    body: Auth.SetupRequest,
    response: Auth.Me,
    status: 201,
    errors: ["setup_done", "validation_failed", "invalid_json", "rate_limited", "payload_too_large"],
  },
  login: {
    method: "post",
    path: "/api/auth/login",
    summary: "Password login; sets the session cookie",
    access: "public",
    body: Auth.LoginRequest,
    status: 204,
    // forbidden: the password is right, but the account belongs to no workspace.
    errors: ["invalid_credentials", "forbidden", "validation_failed", "invalid_json", "rate_limited", "setup_required"],
  },
  logout: {
    method: "post",
    path: "/api/auth/logout",
    summary: "End the browser session (an API token is revoked with DELETE /api/tokens/:id instead)",
    access: "viewer",
    status: 204,
    errors: ["unauthenticated", "csrf_failed", "not_a_session"],
  },
  me: {
    method: "get",
    path: "/api/me",
    summary: "The signed-in user, the current workspace and role",
    access: "viewer",
    response: Auth.Me,
    status: 200,
    errors: ["unauthenticated"],
  },
  switchWorkspace: {
    method: "post",
    path: "/api/me/workspace",
    summary: "Act in another of the user's workspaces (session only)",
    access: "viewer",
    body: Auth.SwitchWorkspaceRequest,
    response: Auth.Me,
    status: 200,
    errors: write,
  },
  createWorkspace: {
    method: "post",
    path: "/api/workspaces",
    summary:
      "Create a workspace whose only admin is the caller (an admin of their current one); the session stays where it is: " +
      "switch to it with POST /api/me/workspace. conflict: the caller already has a workspace of that name",
    access: "admin",
    body: Auth.CreateWorkspaceRequest,
    response: Auth.WorkspaceResponse,
    status: 201,
    errors: [...write, "conflict"],
  },
  listTokens: {
    method: "get",
    path: "/api/tokens",
    summary: "The user's API tokens in this workspace",
    access: "viewer",
    response: Auth.ApiTokenList,
    status: 200,
    errors: read,
  },
  createToken: {
    method: "post",
    path: "/api/tokens",
    summary: "Create an API token (shown once)",
    access: "viewer",
    body: Auth.CreateTokenRequest,
    response: Auth.CreatedToken,
    status: 201,
    errors: write,
  },
  revokeToken: {
    method: "delete",
    path: "/api/tokens/:id",
    params: IdParams,
    summary: "Revoke one of the user's API tokens",
    access: "viewer",
    status: 204,
    errors: write,
  },
  createStatement: {
    method: "post",
    path: "/api/statements",
    summary:
      "Import a statement, with the preview's edits applied: 201 with it. Takes JSON text, or a file as " +
      "multipart/form-data (the file kept with the revision). A text longer than the server reads within a request is " +
      "imported as a job instead: 202 with the job, to follow with GET /api/jobs/:id",
    access: "analyst",
    body: S.CreateStatementRequest,
    upload: CreateStatementUpload,
    response: S.StatementResponse,
    status: 201,
    accepted: JobResponse,
    errors: [...write, ...fileErrors, "invalid_content", "invalid_edit", "too_complex", "server_busy"],
  },
  listStatements: {
    method: "get",
    path: "/api/statements",
    summary: "The workspace's statements, paged",
    access: "viewer",
    query: S.ListStatementsQuery,
    response: S.StatementPage,
    status: 200,
    errors: read,
  },
  getStatement: {
    method: "get",
    path: "/api/statements/:idOrSlug",
    params: StatementParams,
    summary: "One statement with its current paragraphs, or with revision N's (?revision=N, read-only)",
    access: "viewer",
    query: S.GetStatementQuery,
    response: S.StatementResponse,
    status: 200,
    errors: read,
  },
  createAnnotation: {
    method: "post",
    path: "/api/statements/:idOrSlug/annotations",
    params: StatementParams,
    summary: "Annotate a span",
    access: "analyst",
    body: A.CreateAnnotationRequest,
    response: A.AnnotationResponse,
    status: 201,
    requestHeaders: {
      "Idempotency-Key":
        "1–200 characters chosen by the client for this create. A retry with the same key and body gets the first answer again " +
        "(with Idempotent-Replayed: true) instead of a second annotation; the same key with another body is refused " +
        "(422 idempotency_key_reused). Keys are kept 24 hours.",
    },
    errors: [...write, "invalid_target", "invalid_attributes", "idempotency_key_reused", "revision_changed"],
  },
  listAnnotations: {
    method: "get",
    path: "/api/statements/:idOrSlug/annotations",
    params: StatementParams,
    summary: "A statement's annotations, paged",
    access: "viewer",
    query: A.ListAnnotationsQuery,
    response: A.AnnotationPage,
    status: 200,
    errors: read,
  },
  getAnnotation: {
    method: "get",
    path: "/api/annotations/:id",
    params: IdParams,
    summary: "One annotation",
    access: "viewer",
    response: A.AnnotationResponse,
    status: 200,
    errors: read,
  },
  updateAnnotation: {
    method: "patch",
    path: "/api/annotations/:id",
    params: IdParams,
    summary: "Change an annotation (carrying its version)",
    access: "analyst",
    body: A.UpdateAnnotationRequest,
    response: A.AnnotationResponse,
    status: 200,
    errors: [...write, "version_conflict", "invalid_target", "invalid_attributes", "revision_changed"],
  },
  deleteAnnotation: {
    method: "delete",
    path: "/api/annotations/:id",
    params: IdParams,
    summary: "Delete an annotation (optionally carrying its version)",
    access: "analyst",
    query: A.DeleteAnnotationQuery,
    status: 204,
    errors: [...write, "version_conflict"],
  },
  restoreAnnotation: {
    method: "post",
    path: "/api/annotations/:id/restore",
    params: IdParams,
    summary: "Undo a deletion",
    access: "analyst",
    response: A.AnnotationResponse,
    status: 200,
    errors: write,
  },
  reviewAnnotation: {
    method: "post",
    path: "/api/annotations/:id/reviews",
    params: IdParams,
    summary: "Accept, reject or dispute an annotation; its author (unless the reviewer) finds the verdict in their inbox",
    access: "reviewer",
    body: A.ReviewRequest,
    response: A.AnnotationResponse,
    status: 200,
    errors: [...write, "version_conflict"],
  },
  openapi: {
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    access: "public",
    response: OpenApiDocument,
    status: 200,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;

export const endpoints = {
  ...coreEndpoints,
  ...liveEndpoints,
  ...codebookEndpoints,
  ...codebookExchangeEndpoints,
  ...exchangeEndpoints,
  ...importEndpoints,
  ...teamEndpoints,
  ...discussionEndpoints,
  ...reviewEndpoints,
  ...revisionEndpoints,
  ...placingEndpoints,
  ...statementLifecycleEndpoints,
  ...compareEndpoints,
  ...activityEndpoints,
  ...vocabularyEndpoints,
  ...jobEndpoints,
  ...assignmentEndpoints,
  ...registryEndpoints,
  ...citationEndpoints,
  ...searchEndpoints,
  ...analysisEndpoints,
  ...suggestionEndpoints,
  ...savedViewEndpoints,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;
