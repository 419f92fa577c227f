import { randomUUID } from "node:crypto";
import { type Endpoint, type EndpointName, endpoints } from "@verbatim/contract";
import { ROLES, type Role } from "@verbatim/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, type ApiResponse } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { snapshot } from "./support/db-snapshot.ts";
import { sseStatus } from "./support/sse-client.ts";
import { annotate, importStatement, member, type Member, newWorkspace, PASSWORD, setUp, signIn } from "./support/factories.ts";
import type { AuthorizationCase, Caller, IsolationCase, IsolationContext, MatrixContext } from "./support/route-cases.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { featureCases } from "./cases/index.ts";

const RANK: Record<Endpoint["access"], number> = { public: -1, viewer: 0, analyst: 1, reviewer: 2, admin: 3 };
const allows = (role: Role, e: Endpoint) => RANK[role] >= RANK[e.access];
const NAMES = Object.keys(endpoints) as EndpointName[];

let server: TestServer;
let members: Record<Role, Member>;
/** An analyst whose annotations are "someone else's" to every caller. */
let author: Member;
let slug: string;
let foreignAnnotation: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  members = {
    admin,
    reviewer: await member(server, admin.workspaceId, "reviewer"),
    analyst: await member(server, admin.workspaceId, "analyst"),
    viewer: await member(server, admin.workspaceId, "viewer"),
  };
  author = await member(server, admin.workspaceId, "analyst", "Other Analyst");
  slug = (await importStatement(author.client)).slug;
  foreignAnnotation = (await annotate(author.client, slug)).id;
});
afterAll(() => server.stop());

/** Who writes the caller's "own" annotation: the caller when their role lets them write one, else another analyst. */
const writerFor = (c: Caller) => (c.self && RANK[c.self.role] >= RANK.analyst ? c.self.client : author.client);
const ownAnnotation = async (c: Caller): Promise<string> => (await annotate(writerFor(c), slug)).id;

async function ownDeletedAnnotation(c: Caller): Promise<string> {
  const writer = writerFor(c);
  const id = (await annotate(writer, slug)).id;
  expect((await writer.delete(`/api/annotations/${id}`)).status).toBe(204);
  return id;
}

let counter = 0;
const context = (): MatrixContext => ({
  server,
  members,
  author,
  slug,
  foreignAnnotation,
  ownAnnotation,
  ownDeletedAnnotation,
  next: () => ++counter,
});
/** One representative call per endpoint; when it is allowed it must answer the endpoint's own status. */
const coreCases: Partial<Record<EndpointName, AuthorizationCase>> = {
  health: (c) => c.client.get("/api/health"),
  setupStatus: (c) => c.client.get("/api/setup"),
  setup: (c) => c.client.post("/api/setup", { workspaceName: "Late", name: "Late", email: "late@example.org", password: PASSWORD }),
  login: (c) => new ApiClient(server.url).post("/api/auth/login", { email: c.self?.email ?? author.email, password: PASSWORD }),
  logout: async (c) => (await c.fresh()).post("/api/auth/logout"),
  me: (c) => c.client.get("/api/me"),
  switchWorkspace: (c) => c.client.post("/api/me/workspace", { workspaceId: members.admin.workspaceId }),
  listTokens: (c) => c.client.get("/api/tokens"),
  createToken: (c) => c.client.post("/api/tokens", { name: "matrix" }),
  revokeToken: async (c) => {
    const created = await c.client.post("/api/tokens", { name: "to revoke" });
    return c.client.delete(`/api/tokens/${created.body?.info?.id ?? randomUUID()}`);
  },
  previewImport: (c) => c.client.post("/api/imports/preview", { format: "text", content: "One paragraph." }),
  createStatement: (c) => c.client.post("/api/statements", { title: "Matrix", format: "text", content: "One paragraph." }),
  listStatements: (c) => c.client.get("/api/statements"),
  getStatement: (c) => c.client.get(`/api/statements/${slug}`),
  createAnnotation: (c) =>
    c.client.post(`/api/statements/${slug}/annotations`, {
      kind: "position",
      target: { paragraphId: "p2", start: 0, end: 2 },
      attributes: { stance: "notes" },
    }),
  listAnnotations: (c) => c.client.get(`/api/statements/${slug}/annotations`),
  getAnnotation: (c) => c.client.get(`/api/annotations/${foreignAnnotation}`),
  updateAnnotation: async (c) => c.client.patch(`/api/annotations/${await ownAnnotation(c)}`, { version: 1, labels: ["mine"] }),
  deleteAnnotation: async (c) => c.client.delete(`/api/annotations/${await ownAnnotation(c)}?version=1`),
  restoreAnnotation: async (c) => c.client.post(`/api/annotations/${await ownDeletedAnnotation(c)}/restore`),
  reviewAnnotation: async (c) =>
    c.client.post(`/api/annotations/${(await annotate(author.client, slug)).id}/reviews`, { status: "accepted", version: 1 }),
  listInstruments: (c) => c.client.get("/api/instruments"),
  getInstrument: (c) => c.client.get(`/api/instruments/${encodeURIComponent("A/RES/74/247")}`),
  createInstrument: (c) => c.client.post("/api/instruments", { key: `TEST-${++counter}`, name: "Test instrument" }),
  listLabels: (c) => c.client.get("/api/labels"),
  searchParagraphs: (c) => c.client.get("/api/paragraphs/search?q=welcome%20report"),
  exportAnnotations: (c) => c.client.get(`/api/exports?format=json&statement=${slug}`),
  previewExport: (c) => c.client.get(`/api/exports/preview?statement=${slug}`),
  importW3c: (c) =>
    c.client.post(`/api/imports/w3c?statement=${slug}`, {
      type: "Annotation",
      body: [
        { type: "TextualBody", purpose: "classifying", value: "position" },
        { type: "TextualBody", purpose: "classifying", value: "stance: welcomes" },
      ],
      target: { source: "https://example.org/statement", selector: { type: "TextQuoteSelector", exact: "welcome the report" } },
    }),
  openapi: (c) => c.client.get("/api/openapi.json"),
  statementEvents: (c) => sseStatus(c.client, `/api/statements/${slug}/events`),
  statementPresence: (c) => c.client.get(`/api/statements/${slug}/presence`),
};
const cases = { ...coreCases, ...featureCases.authorization };
const call = (name: EndpointName, c: Caller): Promise<ApiResponse> => {
  const run = cases[name];
  if (!run) throw new Error(`no authorization case for ${name}`);
  return run(c, context());
};
/** Setup happens once; afterwards it answers setup_done to everyone. */
const expectedStatus = (name: EndpointName) => (name === "setup" ? 409 : endpoints[name].status);

const sessionCaller = (role: Role): Caller => {
  const m = members[role];
  return { client: m.client, self: { ...m, role }, fresh: () => signIn(server, m.email) };
};

it("has a case for every endpoint in the contract", () => {
  expect(Object.keys(cases).sort()).toEqual([...NAMES].sort());
});

describe.each(ROLES)("a signed-in %s", (role) => {
  it.each(NAMES)("%s: allowed by the role, or 403 forbidden", async (name) => {
    const res = await call(name, sessionCaller(role));
    if (allows(role, endpoints[name])) expect(res.status, `${role} ${name}: ${res.text.slice(0, 300)}`).toBe(expectedStatus(name));
    else expectError(res, 403, "forbidden");
  });
});

describe("without credentials", () => {
  it.each(NAMES)("%s: 401 unless public", async (name) => {
    const anonymous = (): Caller => ({ client: new ApiClient(server.url), self: null, fresh: async () => new ApiClient(server.url) });
    const res = await call(name, anonymous());
    if (endpoints[name].access === "public") expect(res.status, res.text.slice(0, 300)).toBe(expectedStatus(name));
    else expectError(res, 401, "unauthenticated");
  });
});

describe("with an API token", () => {
  it.each(ROLES)("a %s's token carries the role: 403 on every route above it", async (role) => {
    const { token } = (await members[role].client.post("/api/tokens", { name: "role check" })).body;
    const bearer = new ApiClient(server.url, token);
    const caller: Caller = { client: bearer, self: { ...members[role], role }, fresh: async () => bearer };
    for (const name of NAMES.filter((n) => !allows(role, endpoints[n]))) expectError(await call(name, caller), 403, "forbidden");
    expect((await call("listStatements", caller)).status).toBe(200);
  });
});

describe("annotation ownership", () => {
  it.each(["analyst", "reviewer"] as const)("a %s cannot change, delete or restore another's annotation (403)", async (role) => {
    const { client } = members[role];
    const a = await annotate(author.client, slug);
    const before = await snapshot(server.db);
    expectError(await client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["theirs"] }), 403, "forbidden");
    expectError(await client.delete(`/api/annotations/${a.id}`), 403, "forbidden");
    expect((await author.client.delete(`/api/annotations/${a.id}`)).status).toBe(204);
    const deleted = await snapshot(server.db);
    expectError(await client.post(`/api/annotations/${a.id}/restore`), 403, "forbidden");
    expect(await snapshot(server.db)).toEqual(deleted);
    expect(before.annotations).not.toEqual(deleted.annotations);
  });

  it("an admin changes, deletes and restores anyone's annotation", async () => {
    const { client } = members.admin;
    const a = await annotate(author.client, slug);
    expect((await client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["admin"] })).status).toBe(200);
    expect((await client.delete(`/api/annotations/${a.id}?version=2`)).status).toBe(204);
    const restored = await client.post(`/api/annotations/${a.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.annotation).toMatchObject({ version: 4, author: { id: author.userId } });
  });

  it("a reviewer reviews anyone's annotation, their own included; an analyst reviews none, not even their own", async () => {
    const theirs = await annotate(author.client, slug);
    const own = await annotate(members.reviewer.client, slug);
    for (const id of [theirs.id, own.id])
      expect((await members.reviewer.client.post(`/api/annotations/${id}/reviews`, { status: "disputed", version: 1 })).status).toBe(200);
    const mine = await annotate(members.analyst.client, slug);
    expectError(
      await members.analyst.client.post(`/api/annotations/${mine.id}/reviews`, { status: "accepted", version: 1 }),
      403,
      "forbidden",
    );
  });
});

type ParamEndpoint = { [K in EndpointName]: (typeof endpoints)[K]["path"] extends `${string}:${string}` ? K : never }[EndpointName];

describe("workspace isolation", () => {
  let outsider: Member;
  let a: { statementId: string; annotation: string; deleted: string; token: string };
  beforeAll(async () => {
    outsider = await member(server, await newWorkspace(server, "Elsewhere"), "admin");
    const statement = await importStatement(author.client, { title: "Isolated", delegation: "Zembla" });
    const deleted = (await annotate(author.client, statement.slug)).id;
    expect((await author.client.delete(`/api/annotations/${deleted}`)).status).toBe(204);
    await server.db.instrument.create({
      data: { workspaceId: author.workspaceId, key: "ONLY-HERE", name: "Registry entry of this workspace alone" },
    });
    a = {
      statementId: statement.id,
      annotation: (await annotate(author.client, statement.slug)).id,
      deleted,
      token: (await author.client.post("/api/tokens", { name: "theirs" })).body.info.id,
    };
  });
  const isolatedSlug = "2024-05-01-unsc-zembla";
  const body = { kind: "position", target: { paragraphId: "p2", start: 0, end: 2 }, attributes: { stance: "notes" } };
  const coreAttempts: Partial<Record<ParamEndpoint, (c: ApiClient) => Promise<ApiResponse>[]>> = {
    revokeToken: (c) => [c.delete(`/api/tokens/${a.token}`)],
    getInstrument: (c) => [c.get("/api/instruments/ONLY-HERE")],
    getStatement: (c) => [c.get(`/api/statements/${isolatedSlug}`), c.get(`/api/statements/${a.statementId}`)],
    createAnnotation: (c) => [
      c.post(`/api/statements/${isolatedSlug}/annotations`, body),
      c.post(`/api/statements/${a.statementId}/annotations`, body),
    ],
    listAnnotations: (c) => [c.get(`/api/statements/${isolatedSlug}/annotations`), c.get(`/api/statements/${a.statementId}/annotations`)],
    getAnnotation: (c) => [c.get(`/api/annotations/${a.annotation}`)],
    updateAnnotation: (c) => [c.patch(`/api/annotations/${a.annotation}`, { version: 1, labels: ["x"] })],
    deleteAnnotation: (c) => [c.delete(`/api/annotations/${a.annotation}`), c.delete(`/api/annotations/${a.annotation}?version=1`)],
    restoreAnnotation: (c) => [c.post(`/api/annotations/${a.deleted}/restore`), c.post(`/api/annotations/${a.annotation}/restore`)],
    reviewAnnotation: (c) => [c.post(`/api/annotations/${a.annotation}/reviews`, { status: "accepted", version: 1 })],
    statementEvents: (c) => [
      sseStatus(c, `/api/statements/${isolatedSlug}/events`),
      sseStatus(c, `/api/statements/${a.statementId}/events?lastEventId=0`),
    ],
    statementPresence: (c) => [c.get(`/api/statements/${isolatedSlug}/presence`), c.get(`/api/statements/${a.statementId}/presence`)],
  };

  const attempts: Partial<Record<EndpointName, IsolationCase>> = {
    ...Object.fromEntries(Object.entries(coreAttempts).map(([name, run]) => [name, { attempts: (c: ApiClient) => run(c) }])),
    ...featureCases.isolation,
  };
  const context = (): IsolationContext => ({
    server,
    author,
    outsider,
    isolatedSlug,
    statementId: a.statementId,
    annotation: a.annotation,
    deleted: a.deleted,
  });

  it("covers every route that names a resource", () => {
    expect(Object.keys(attempts).sort()).toEqual(NAMES.filter((n) => endpoints[n].path.includes(":")).sort());
  });

  it.each(Object.keys(attempts) as ParamEndpoint[])("%s: another workspace's IDs and slugs answer 404 and change nothing", async (name) => {
    const entry = attempts[name]!;
    const ids = (await entry.prepare?.(context())) ?? {};
    const before = await snapshot(server.db);
    for (const res of await Promise.all(entry.attempts(outsider.client, context(), ids))) expectError(res, 404, "not_found");
    expect(await snapshot(server.db)).toEqual(before);
  });

  it("exports naming another workspace's slug answer 404; the rest never shows it", async () => {
    expectError(await outsider.client.get(`/api/exports?statement=${isolatedSlug}`), 404, "not_found");
    expectError(await outsider.client.get(`/api/exports?format=w3c&statement=${isolatedSlug}`), 404, "not_found");
    const own = await importStatement(outsider.client, { title: "Isolated", delegation: "Zembla" });
    expect(own.slug).toBe(isolatedSlug);
    expect(own.id).not.toBe(a.statementId);
    await annotate(outsider.client, own.slug);
    const exported = await outsider.client.get(`/api/exports?statement=${isolatedSlug}`);
    expect(exported.body.items.map((i: { statementId: string }) => i.statementId)).toEqual([own.id]);
    expect((await outsider.client.get("/api/exports")).text).not.toContain(a.annotation);
    const listed = (await outsider.client.get("/api/statements")).body.items.map((s: { id: string }) => s.id);
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(a.statementId);
    expect((await outsider.client.get(`/api/statements/${isolatedSlug}`)).body.statement.id).toBe(own.id);
  });

  it("never lists another workspace's labels or finds its paragraphs", async () => {
    await annotate(author.client, slug, { labels: ["secret-label-a"] });
    expect((await outsider.client.get("/api/labels")).text).not.toContain("secret-label-a");
    for (const q of ["Zembla", "welcome report", `${isolatedSlug}#p2`, `${slug}#p2`]) {
      const res = await outsider.client.get(`/api/paragraphs/search?q=${encodeURIComponent(q)}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.map((i: { slug: string }) => i.slug).filter((s: string) => s !== isolatedSlug)).toEqual([]);
    }
  });

  it("refuses a cross-reference to another workspace's paragraph (422)", async () => {
    const own = (await outsider.client.get("/api/statements")).body.items[0];
    const res = await outsider.client.post(`/api/statements/${own.slug}/annotations`, {
      ...body,
      kind: "cross-reference",
      attributes: { target: `${slug}#p2`, relation: "cites" },
    });
    expectError(res, 422, "invalid_attributes");
  });
});
