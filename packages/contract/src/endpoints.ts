import type { z } from "zod";
import * as A from "./annotations.ts";
import * as Auth from "./auth.ts";
import type { ErrorCode } from "./errors.ts";
import * as X from "./exports.ts";
import { Health } from "./health.ts";
import * as I from "./instruments.ts";
import * as L from "./live.ts";
import * as S from "./statements.ts";
import * as V from "./vocabulary.ts";

export interface Endpoint {
  method: "get" | "post" | "patch" | "delete";
  /** Express-style path; `:name` segments are path parameters. */
  path: string;
  summary: string;
  /** Who may call it: anyone, or a signed-in member (session cookie or API token) with at least this role. */
  access: "public" | "viewer" | "analyst" | "reviewer" | "admin";
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
  status: number;
  /** Content type of a non-JSON response. */
  produces?: string;
  /** Further content types the response can take (a file export in other formats), documented as binary. */
  alsoProduces?: readonly string[];
  /** Response headers worth documenting, by name, with what they say. */
  responseHeaders?: Readonly<Record<string, string>>;
  /** Request headers the endpoint reads, by name, with what they do. */
  requestHeaders?: Readonly<Record<string, string>>;
  errors: ErrorCode[];
}

const read: ErrorCode[] = ["unauthenticated", "forbidden", "not_found", "validation_failed"];
const write: ErrorCode[] = [...read, "invalid_json", "csrf_failed", "payload_too_large", "unsupported_media_type"];

export const endpoints = {
  health: {
    method: "get",
    path: "/api/health",
    summary: "Liveness and database kind",
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
    errors: ["invalid_credentials", "validation_failed", "invalid_json", "rate_limited", "setup_required"],
  },
  logout: {
    method: "post",
    path: "/api/auth/logout",
    summary: "End the session",
    access: "viewer",
    status: 204,
    errors: ["unauthenticated", "csrf_failed"],
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
  listTokens: {
    method: "get",
    path: "/api/tokens",
    summary: "The user's API tokens in this workspace",
    access: "viewer",
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
    summary: "Revoke one of the user's API tokens",
    access: "viewer",
    status: 204,
    errors: write,
  },
  previewImport: {
    method: "post",
    path: "/api/imports/preview",
    summary: "What an import would create: paragraphs, dropped lines, metadata found",
    access: "analyst",
    body: S.PreviewImportRequest,
    response: S.ImportPreview,
    status: 200,
    errors: [...write, "invalid_content"],
  },
  createStatement: {
    method: "post",
    path: "/api/statements",
    summary: "Import a statement",
    access: "analyst",
    body: S.CreateStatementRequest,
    response: S.StatementResponse,
    status: 201,
    errors: [...write, "invalid_content"],
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
    summary: "One statement with its current paragraphs",
    access: "viewer",
    response: S.StatementResponse,
    status: 200,
    errors: read,
  },
  createAnnotation: {
    method: "post",
    path: "/api/statements/:idOrSlug/annotations",
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
    errors: [...write, "invalid_target", "invalid_attributes", "idempotency_key_reused"],
  },
  listAnnotations: {
    method: "get",
    path: "/api/statements/:idOrSlug/annotations",
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
    summary: "One annotation",
    access: "viewer",
    response: A.AnnotationResponse,
    status: 200,
    errors: read,
  },
  updateAnnotation: {
    method: "patch",
    path: "/api/annotations/:id",
    summary: "Change an annotation (carrying its version)",
    access: "analyst",
    body: A.UpdateAnnotationRequest,
    response: A.AnnotationResponse,
    status: 200,
    errors: [...write, "version_conflict", "invalid_target", "invalid_attributes"],
  },
  deleteAnnotation: {
    method: "delete",
    path: "/api/annotations/:id",
    summary: "Delete an annotation (optionally carrying its version)",
    access: "analyst",
    query: A.DeleteAnnotationQuery,
    status: 204,
    errors: [...write, "version_conflict"],
  },
  restoreAnnotation: {
    method: "post",
    path: "/api/annotations/:id/restore",
    summary: "Undo a deletion",
    access: "analyst",
    response: A.AnnotationResponse,
    status: 200,
    errors: write,
  },
  reviewAnnotation: {
    method: "post",
    path: "/api/annotations/:id/reviews",
    summary: "Accept, reject or dispute an annotation",
    access: "reviewer",
    body: A.ReviewRequest,
    response: A.AnnotationResponse,
    status: 200,
    errors: [...write, "version_conflict"],
  },
  statementEvents: {
    method: "get",
    path: "/api/statements/:idOrSlug/events",
    summary:
      "Server-Sent Events of changes to the statement's annotations (annotation.created, .updated, .deleted, .restored, " +
      ".reviewed) and of who is reading it (presence); resumes after Last-Event-ID",
    access: "viewer",
    query: L.StatementEventsQuery,
    status: 200,
    produces: "text/event-stream",
    requestHeaders: {
      "Last-Event-ID": "The ID of the last event received: the stream replays every later event first (or ?lastEventId=)",
    },
    errors: read,
  },
  statementPresence: {
    method: "get",
    path: "/api/statements/:idOrSlug/presence",
    summary: "Who has the statement open now",
    access: "viewer",
    response: L.Readers,
    status: 200,
    errors: read,
  },
  listInstruments: {
    method: "get",
    path: "/api/instruments",
    summary: "The workspace's instrument registry",
    access: "viewer",
    response: I.InstrumentList,
    status: 200,
    errors: read,
  },
  getInstrument: {
    method: "get",
    path: "/api/instruments/:key",
    summary: "One instrument of the registry (the IRI that W3C exports link to)",
    access: "viewer",
    response: I.Instrument,
    status: 200,
    errors: read,
  },
  createInstrument: {
    method: "post",
    path: "/api/instruments",
    summary: "Add an instrument to the registry",
    access: "admin",
    body: I.CreateInstrumentRequest,
    response: I.Instrument,
    status: 201,
    errors: [...write, "conflict"],
  },
  listLabels: {
    method: "get",
    path: "/api/labels",
    summary: "The workspace's label vocabulary, most used first",
    access: "viewer",
    response: V.LabelList,
    status: 200,
    errors: read,
  },
  searchParagraphs: {
    method: "get",
    path: "/api/paragraphs/search",
    summary: "Find paragraphs of the workspace's statements by their words (for cross-references)",
    access: "viewer",
    query: V.SearchParagraphsQuery,
    response: V.ParagraphHits,
    status: 200,
    errors: read,
  },
  exportAnnotations: {
    method: "get",
    path: "/api/exports",
    summary: "Export annotations as JSON, W3C Web Annotation JSON-LD, CSV, Markdown, HTML or a Word brief (streamed)",
    access: "viewer",
    query: X.ExportQuery,
    response: X.JsonExport,
    status: 200,
    produces: "application/json",
    alsoProduces: [
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      "text/csv",
      "text/markdown",
      "text/html",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    responseHeaders: {
      "X-Export-Count": "How many annotations the file holds, sent before the file so that a client can show progress",
      "Content-Disposition": 'attachment; filename="verbatim-<scope>-<yyyy-mm-dd>.<ext>"',
    },
    errors: read,
  },
  previewExport: {
    method: "get",
    path: "/api/exports/preview",
    summary: "How many annotations an export's filters select, and the first excerpts",
    access: "viewer",
    query: X.ExportPreviewQuery,
    response: X.ExportPreview,
    status: 200,
    errors: read,
  },
  importW3c: {
    method: "post",
    path: "/api/imports/w3c",
    summary: "Import W3C Web Annotations (from another Verbatim or a W3C tool), re-anchored by quote when offsets do not fit",
    access: "analyst",
    query: X.W3cImportQuery,
    body: X.W3cImportBody,
    response: X.W3cImportReport,
    status: 200,
    errors: [...write, "invalid_content"],
  },
  openapi: { method: "get", path: "/api/openapi.json", summary: "This document", access: "public", status: 200, errors: [] },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;
