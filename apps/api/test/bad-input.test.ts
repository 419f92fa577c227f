import { type EndpointName, endpoints } from "@verbatim/contract";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH } from "../src/http/json-body-guard.ts";
import { ApiClient } from "./support/api-client.ts";
import { expectError, expectErrorShape, expectValidationIssues, recordServerErrors } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, type Member, PASSWORD, setUp } from "./support/factories.ts";
import type { BodyCase, InputContext, QueryCase } from "./support/route-cases.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { featureCases } from "./cases/index.ts";

let server: TestServer;
let admin: Member;
let slug: string;
let annotationId: string;
const failures: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  recordServerErrors(admin.client, failures);
  slug = (await importStatement(admin.client)).slug;
  annotationId = (await annotate(admin.client, slug)).id;
});
afterAll(() => server.stop());
afterEach(() => {
  expect(failures.splice(0), "responses with status 500").toEqual([]);
});

const unchanged = (run: () => Promise<void>) => expectUnchanged(server.db, run);

type BodyEndpoint = { [K in EndpointName]: (typeof endpoints)[K] extends { body: unknown } ? K : never }[EndpointName];
type QueryEndpoint = { [K in EndpointName]: (typeof endpoints)[K] extends { query: unknown } ? K : never }[EndpointName];
const NAMES = Object.keys(endpoints) as EndpointName[];

/** For each route that takes a body: where to send it, a body it would accept, and one with wrong types. */
const coreBodies: Partial<Record<BodyEndpoint, BodyCase>> = {
  setup: {
    path: () => "/api/setup",
    valid: () => ({ workspaceName: "W", name: "N", email: "n@example.org", password: PASSWORD }),
    wrongTypes: { workspaceName: 5, name: [], email: true, password: 1234567890, loadSamples: "yes" },
  },
  login: {
    path: () => "/api/auth/login",
    valid: () => ({ email: admin.email, password: "not the password" }),
    wrongTypes: { email: 1, password: null },
  },
  switchWorkspace: { path: () => "/api/me/workspace", valid: () => ({ workspaceId: admin.workspaceId }), wrongTypes: { workspaceId: 42 } },
  createToken: { path: () => "/api/tokens", valid: () => ({ name: "script" }), wrongTypes: { name: { first: "x" } } },
  previewImport: {
    path: () => "/api/imports/preview",
    valid: () => ({ format: "text", content: "Hello." }),
    wrongTypes: { format: "docx", content: 5 },
  },
  createStatement: {
    path: () => "/api/statements",
    valid: () => ({ title: "T", format: "text", content: "Hello." }),
    wrongTypes: { title: 1, format: "text", content: ["a"], date: "yesterday" },
  },
  createAnnotation: {
    path: () => `/api/statements/${slug}/annotations`,
    valid: () => ({ kind: "position", target: { paragraphId: "p2", start: 0, end: 2 }, attributes: { stance: "notes" } }),
    wrongTypes: { kind: "position", target: { paragraphId: 2, start: "0", end: -1 }, attributes: { stance: "loves" }, labels: "one" },
  },
  updateAnnotation: {
    path: () => `/api/annotations/${annotationId}`,
    valid: () => ({ version: 1, labels: ["x"] }),
    wrongTypes: { version: "1", labels: "x" },
  },
  reviewAnnotation: {
    path: () => `/api/annotations/${annotationId}/reviews`,
    valid: () => ({ status: "accepted", version: 1 }),
    wrongTypes: { status: "proposed", version: 1.5 },
  },
  createInstrument: {
    path: () => "/api/instruments",
    valid: () => ({ key: "NEW-KEY", name: "New" }),
    wrongTypes: { key: "lower case", name: 3, shortNames: "x" },
  },
  importW3c: {
    path: () => `/api/imports/w3c?statement=${slug}`,
    valid: () => ({ type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "welcome" } } }),
    wrongTypes: { type: 5, items: "x", first: 1 },
    openShape: true,
  },
};

/** For each route that takes a query: its path, a query with wrong types. */
const coreQueries: Partial<Record<QueryEndpoint, QueryCase>> = {
  listStatements: { path: () => "/api/statements", wrongTypes: "limit=abc&sort=sideways" },
  getStatement: { path: () => `/api/statements/${slug}`, wrongTypes: "revision=latest" },
  listAnnotations: { path: () => `/api/statements/${slug}/annotations`, wrongTypes: "kind=opinion&limit=0&author=me" },
  deleteAnnotation: { path: () => `/api/annotations/${annotationId}`, wrongTypes: "version=first" },
  exportAnnotations: { path: () => "/api/exports", wrongTypes: "format=pdf&status=maybe&author=me" },
  previewExport: { path: () => "/api/exports/preview", wrongTypes: "limit=51&kind=opinion&from=yesterday" },
  importW3c: { path: () => "/api/imports/w3c", wrongTypes: "statement=" },
  searchParagraphs: { path: () => "/api/paragraphs/search", wrongTypes: "q=a&limit=100" },
  statementEvents: { path: () => `/api/statements/${slug}/events`, wrongTypes: "lastEventId=seven" },
};

const bodies = { ...coreBodies, ...featureCases.bodies } as Record<BodyEndpoint, BodyCase>;
const queries = { ...coreQueries, ...featureCases.queries } as Record<QueryEndpoint, QueryCase>;
const context = (): InputContext => ({ server, admin, slug, annotationId });

it("has a case for every route that takes a body or a query", () => {
  expect(Object.keys(bodies).sort()).toEqual(NAMES.filter((n) => "body" in endpoints[n]).sort());
  expect(Object.keys(queries).sort()).toEqual(NAMES.filter((n) => "query" in endpoints[n]).sort());
});

describe.each(Object.keys(bodies) as BodyEndpoint[])("%s body", (name) => {
  const { method } = endpoints[name];
  const send = (opts: { raw?: string | Uint8Array; json?: unknown; contentType?: string }) =>
    admin.client.request(method.toUpperCase(), bodies[name].path(context()), opts);

  it("malformed JSON → 400 invalid_json", () =>
    unchanged(async () => {
      for (const raw of ['{"title": ', "{'single': 'quotes'}", '{"a":1,}']) expectError(await send({ raw }), 400, "invalid_json");
    }));

  it("bytes that are not UTF-8 → 400 invalid_json, never stored as U+FFFD", () =>
    unchanged(async () => {
      const valid = JSON.stringify(bodies[name].valid(context()));
      // A UTF-16 byte-order mark, an encoded lone surrogate (CESU-8), an overlong NUL.
      for (const bad of [
        [0xff, 0xfe],
        [0xed, 0xa0, 0x80],
        [0xc0, 0x80],
      ]) {
        const raw = Buffer.concat([Buffer.from(valid.slice(0, -1)), Buffer.from(',"x":"'), Buffer.from(bad), Buffer.from('"}')]);
        const res = await send({ raw });
        expectError(res, 400, "invalid_json");
        expect(res.body.error.message).toMatch(/UTF-8/);
      }
    }));

  it("a body nested deeper than the limit → 400 invalid_json, before anything walks it", () =>
    unchanged(async () => {
      for (const depth of [MAX_JSON_DEPTH + 1, 20_000]) {
        const raw = JSON.stringify({ ...bodies[name].valid(context()), x: 0 }).replace(
          /0\}$/u,
          `${"[".repeat(depth)}${"]".repeat(depth)}}`,
        );
        const res = await send({ raw });
        expectError(res, 400, "invalid_json");
        expect(res.body.error.details).toMatchObject({ limit: MAX_JSON_DEPTH });
      }
    }));

  it("wrong types → 400 validation_failed with details.issues", () =>
    unchanged(async () => {
      const res = await send({ json: bodies[name].wrongTypes });
      expectValidationIssues(res);
      for (const issue of res.body.error.details.issues) expect(Object.keys(issue).sort()).toEqual(["code", "message", "path"]);
      if (bodies[name].openShape) return;
      expectValidationIssues(await send({ json: [bodies[name].valid(context())] }));
      expectValidationIssues(await send({ raw: "null" }));
    }));

  const open = bodies[name].openShape;
  it(open ? "an unknown field is accepted: JSON-LD may carry extension terms" : "an unknown field → 400 validation_failed", async () => {
    const surprise = () => send({ json: { ...bodies[name].valid(context()), surprise: true } });
    if (open) {
      const res = await surprise();
      expect(res.status, res.text).toBe(200);
      return;
    }
    await unchanged(async () => {
      const res = await surprise();
      expectValidationIssues(res);
      expect(res.body.error.details.issues).toContainEqual(expect.objectContaining({ code: "unrecognized_keys" }));
    });
  });

  it("a body over the 8 MB limit → 413 payload_too_large", () =>
    unchanged(async () => {
      const raw = JSON.stringify({ ...bodies[name].valid(context()), filler: "x".repeat(9 * 1024 * 1024) });
      expectError(await send({ raw }), 413, "payload_too_large");
    }));

  it("a body that is not JSON → 415 unsupported_media_type", () =>
    unchanged(async () => {
      expectError(await send({ raw: "name=x", contentType: "application/x-www-form-urlencoded" }), 415, "unsupported_media_type");
      expectError(
        await send({ raw: JSON.stringify(bodies[name].valid(context())), contentType: "text/plain" }),
        415,
        "unsupported_media_type",
      );
    }));
});

describe.each(Object.keys(queries) as QueryEndpoint[])("%s query", (name) => {
  const { method } = endpoints[name];
  const send = (query: string) => admin.client.request(method.toUpperCase(), `${queries[name].path(context())}?${query}`);

  it("wrong types → 400 validation_failed with details.issues", () =>
    unchanged(async () => {
      expectValidationIssues(await send(queries[name].wrongTypes));
    }));

  it("an unknown parameter → 400 validation_failed", () =>
    unchanged(async () => {
      const res = await send("surprise=1");
      expectValidationIssues(res);
      expect(res.body.error.details.issues).toContainEqual(expect.objectContaining({ code: "unrecognized_keys" }));
    }));
});

describe("text the database cannot store", () => {
  const annotationBody = (extra: Record<string, unknown>) => ({
    kind: "position",
    target: { paragraphId: "p2", start: 0, end: 2 },
    attributes: { stance: "notes" },
    ...extra,
  });

  it("refuses U+0000 and unpaired surrogates in bodies with 400 validation_failed", () =>
    unchanged(async () => {
      const attempts: [string, unknown][] = [
        ["/api/statements", { title: "T", format: "text", content: "Hello\u0000 world." }],
        ["/api/statements", { title: "T\u0000", format: "text", content: "Hello." }],
        ["/api/imports/preview", { format: "text", content: "Half a pair \ud83d." }],
        ["/api/tokens", { name: "a\u0000b" }],
        ["/api/instruments", { key: "NUL-KEY", name: "x\u0000" }],
        [`/api/statements/${slug}/annotations`, annotationBody({ labels: ["a\u0000b"] })],
        [`/api/statements/${slug}/annotations`, annotationBody({ note: "a\u0000b" })],
        [`/api/statements/${slug}/annotations`, annotationBody({ attributes: { stance: "notes", actor: "x\udc00" } })],
        [
          `/api/statements/${slug}/annotations`,
          annotationBody({ note: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a\ud800b" }] }] } }),
        ],
      ];
      for (const [path, json] of attempts) expectValidationIssues(await admin.client.post(path, json));
      expectValidationIssues(await admin.client.patch(`/api/annotations/${annotationId}`, { version: 1, note: "a\u0000b" }));
    }));

  it("refuses them in queries and paths too", () =>
    unchanged(async () => {
      for (const path of [
        "/api/statements?q=a%00b",
        `/api/statements/${slug}/annotations?label=a%00b`,
        "/api/exports?statement=a%00b",
        "/api/statements/a%00b",
        "/api/statements/a%00b/annotations",
      ]) {
        expectValidationIssues(await admin.client.get(path));
      }
    }));

  it("still stores characters outside the BMP", async () => {
    const a = await annotate(admin.client, slug, {
      attributes: { stance: "notes", actor: "Arcadia \u{1F30D}" },
      note: "\u{1F52B} firearms",
    });
    expect([a.attributes.actor, a.note]).toEqual(["Arcadia \u{1F30D}", "\u{1F52B} firearms"]);
  });
});

describe("IDs and cursors the API never gave out", () => {
  const cursor = (s: string) => encodeURIComponent(Buffer.from(s).toString("base64url"));

  it("answers 400 for forged cursors", () =>
    unchanged(async () => {
      const uuid = "0".repeat(8) + "-0000-4000-8000-" + "0".repeat(12);
      for (const forged of [
        `+275760-09-13T00:00:00.000Z|${uuid}`,
        `2024-01-01T00:00:00.000Z|${"-".repeat(36)}`,
        `2024-99-99|${uuid}`,
        "garbage",
      ]) {
        expectError(await admin.client.get(`/api/statements/${slug}/annotations?cursor=${cursor(forged)}`), 400, "validation_failed");
      }
      expectError(await admin.client.get(`/api/statements?cursor=${cursor("o:abc")}`), 400, "validation_failed");
    }));

  it("answers 404 for IDs that are not UUIDs", () =>
    unchanged(async () => {
      for (const id of ["a".repeat(36), "-".repeat(36), "1", "%E2%80%AE"]) {
        expectError(await admin.client.delete(`/api/tokens/${id}`), 404, "not_found");
        expectError(await admin.client.get(`/api/annotations/${id}`), 404, "not_found");
        expectError(await admin.client.patch(`/api/annotations/${id}`, { version: 1 }), 404, "not_found");
      }
    }));

  it("answers an unknown route or a malformed path with the error shape", async () => {
    expectError(await admin.client.get("/api/no-such-thing"), 404, "not_found");
    const res = await admin.client.get("/api/statements/%ZZ");
    expect(res.status).toBe(400);
    expectErrorShape(res);
    const anonymous = new ApiClient(server.url);
    recordServerErrors(anonymous, failures);
    expectErrorShape(await anonymous.get("/api/annotations/x"));
  });
});
