import { randomBytes } from "node:crypto";
import type { Role } from "@verbatim/core";
import { expect } from "vitest";
import { hashPassword } from "../../src/auth/passwords.ts";
import { createWorkspace } from "../../src/features/account/create-workspace.ts";
import { ApiClient } from "./api-client.ts";
import type { TestServer } from "./test-server.ts";

export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | null = null;

export interface Member {
  client: ApiClient;
  userId: string;
  email: string;
  workspaceId: string;
}

/** Runs first-run setup and returns the signed-in admin. */
export async function setUp(server: TestServer, opts: { loadSamples?: boolean } = {}): Promise<Member> {
  const client = new ApiClient(server.url);
  const email = `admin-${randomBytes(4).toString("hex")}@example.org`;
  const res = await client.post("/api/setup", {
    workspaceName: "Desk",
    name: "Ada Admin",
    email,
    password: PASSWORD,
    loadSamples: opts.loadSamples ?? false,
  });
  expect(res.status, res.text).toBe(201);
  return { client, userId: res.body.user.id, email, workspaceId: res.body.workspace.id };
}

export async function newWorkspace(server: TestServer, name = "Other desk"): Promise<string> {
  return (await server.db.$transaction((tx) => createWorkspace(tx, name))).id;
}

/** A user with the given role in the workspace, signed in with a session cookie. */
export async function member(server: TestServer, workspaceId: string, role: Role, name = `${role} user`): Promise<Member> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${role}-${randomBytes(4).toString("hex")}@example.org`;
  const user = await server.db.user.create({ data: { email, name, passwordHash: await passwordHash } });
  await server.db.membership.create({ data: { userId: user.id, workspaceId, role } });
  const client = new ApiClient(server.url);
  const res = await client.post("/api/auth/login", { email, password: PASSWORD });
  expect(res.status, res.text).toBe(204);
  return { client, userId: user.id, email, workspaceId };
}

export const SAMPLE_TEXT = [
  "Mr. President,",
  "",
  "We welcome the report of the Secretary-General and thank the briefers.",
  "",
  "Cooperation",
  "",
  "Our delegation reaffirms its support for the Convention against Transnational Organized Crime. We will host a workshop in 2025.",
  "",
  "We remain concerned about trafficking in firearms \u{1F52B} across borders.",
  "",
  "Thank you.",
].join("\n");

export async function importStatement(client: ApiClient, overrides: Record<string, unknown> = {}) {
  const res = await client.post("/api/statements", {
    title: "Statement on organized crime",
    delegation: "Arcadia",
    forum: "UN Security Council open debate",
    date: "2024-05-01",
    format: "text",
    content: SAMPLE_TEXT,
    ...overrides,
  });
  expect(res.status, res.text).toBe(201);
  return res.body.statement;
}

/** Another session for an existing user, as a second browser would have. */
export async function signIn(server: TestServer, email: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const res = await client.post("/api/auth/login", { email, password: PASSWORD });
  expect(res.status, res.text).toBe(204);
  return client;
}

/** A position on the first words of p2 of SAMPLE_TEXT, unless the body says otherwise. */
export async function annotate(client: ApiClient, statementSlug: string, body: Record<string, unknown> = {}) {
  const res = await client.post(`/api/statements/${encodeURIComponent(statementSlug)}/annotations`, {
    kind: "position",
    target: { paragraphId: "p2", start: 3, end: 10 },
    attributes: { stance: "welcomes" },
    ...body,
  });
  expect(res.status, res.text).toBe(201);
  return res.body.annotation;
}
