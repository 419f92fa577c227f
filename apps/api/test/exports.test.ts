import { type Endpoint, endpoints } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import type { ApiClient } from "./support/api-client.ts";

let server: TestServer;
let client: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  client = (await setUp(server)).client;
});
afterAll(() => server.stop());

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists every endpoint of the contract, and nothing else", async () => {
    const res = await client.get("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
    const all = Object.entries(endpoints) as [string, Endpoint][];
    const expected = all.map(([, e]) => `${e.method} ${e.path.replace(/:(\w+)/g, "{$1}")}`).sort();
    const listed = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p}`),
    );
    expect(listed.sort()).toEqual(expected);
    for (const [name, e] of all) {
      const op = doc.paths[e.path.replace(/:(\w+)/g, "{$1}")][e.method];
      expect(op.operationId).toBe(name);
      expect(op.responses[String(e.status)], name).toBeDefined();
      for (const param of e.path.match(/:\w+/g) ?? [])
        expect(op.parameters).toContainEqual(expect.objectContaining({ name: param.slice(1), in: "path", required: true }));
      if (e.body) expect(op.requestBody.content["application/json"].schema, name).toBeTypeOf("object");
      expect(op.security, name).toEqual(e.access === "public" ? [] : [{ session: [] }, { bearer: [] }]);
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(doc.components.schemas[ref ?? ""], ref).toBeDefined();
  });
});

describe("OpenAPI document of the exports", () => {
  it("documents every format's content type, the count header, and the JSON export's schema", async () => {
    const doc = (await client.get("/api/openapi.json")).body;
    const ok = doc.paths["/api/exports"].get.responses["200"];
    expect(Object.keys(ok.content).sort()).toEqual(
      [
        "application/json",
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/xml",
        "application/zip",
        "text/csv",
        "text/html",
        "text/markdown",
      ].sort(),
    );
    expect(ok.content["application/json"].schema.properties.items.type).toBe("array");
    expect(ok.content["text/csv"].schema).toEqual({ type: "string", format: "binary" });
    expect(Object.keys(ok.headers)).toEqual(["X-Export-Count", "Content-Disposition"]);
    const params = doc.paths["/api/exports"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(["statement", "status", "kind", "author", "label", "stance", "taggedTo", "format", "bom"]),
    );
    const preview = doc.paths["/api/exports/preview"].get;
    expect(Object.keys(preview.responses["200"].content)).toEqual(["application/json"]);
    expect(preview.parameters.map((p: { name: string }) => p.name)).toContain("limit");
  });
});
