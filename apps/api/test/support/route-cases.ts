import type { EndpointName } from "@verbatim/contract";
import type { Role } from "@verbatim/core";
import type { ApiClient, ApiResponse } from "./api-client.ts";
import type { Member } from "./factories.ts";
import type { TestServer } from "./test-server.ts";

/** Who calls a route in the role matrix (authorization.test.ts). */
export interface Caller {
  client: ApiClient;
  /** The signed-in user, if any, with their role in the workspace. */
  self: (Member & { role: Role }) | null;
  /** A second client for the same credentials (a new session for cookies). */
  fresh(): Promise<ApiClient>;
}

/** What the role matrix sets up once: a member of each role, and another analyst's statement and annotation. */
export interface MatrixContext {
  server: TestServer;
  members: Record<Role, Member>;
  /** An analyst whose annotations are "someone else's" to every caller. */
  author: Member;
  slug: string;
  foreignAnnotation: string;
  /** An annotation the caller wrote when their role lets them write one, else someone else's. */
  ownAnnotation(c: Caller): Promise<string>;
  ownDeletedAnnotation(c: Caller): Promise<string>;
  /** A fresh number, for names that must be unique. */
  next(): number;
}
/** One representative call; when the caller's role allows the route it must answer the endpoint's own status. */
export type AuthorizationCase = (c: Caller, ctx: MatrixContext) => Promise<ApiResponse>;

/** What workspace isolation sets up: a statement and annotations in the author's workspace, and an outsider's admin. */
export interface IsolationContext {
  server: TestServer;
  author: Member;
  outsider: Member;
  isolatedSlug: string;
  statementId: string;
  annotation: string;
  deleted: string;
}
/** Calls by another workspace's admin naming this workspace's resources: each must answer 404 and change nothing. */
export interface IsolationCase {
  /** Makes the resources the attempts name (before the database is snapshotted); returns their IDs. */
  prepare?: (ctx: IsolationContext) => Promise<Record<string, string>>;
  attempts: (outsider: ApiClient, ctx: IsolationContext, ids: Record<string, string>) => Promise<ApiResponse>[];
}

/** What bad-input.test.ts sets up: the admin, a statement and one annotation of theirs. */
export interface InputContext {
  server: TestServer;
  admin: Member;
  slug: string;
  annotationId: string;
}
export interface BodyCase {
  path: (ctx: InputContext) => string;
  valid: (ctx: InputContext) => Record<string, unknown>;
  wrongTypes: Record<string, unknown>;
  /** JSON-LD: takes one item or an array of them, and terms of any vocabulary. */
  openShape?: true;
}
export interface QueryCase {
  path: (ctx: InputContext) => string;
  wrongTypes: string;
}

/** A feature's entries in the route-wide tests; the tests check that every endpoint has its entries. */
export interface RouteCases {
  authorization: Partial<Record<EndpointName, AuthorizationCase>>;
  isolation: Partial<Record<EndpointName, IsolationCase>>;
  bodies: Partial<Record<EndpointName, BodyCase>>;
  queries: Partial<Record<EndpointName, QueryCase>>;
}
