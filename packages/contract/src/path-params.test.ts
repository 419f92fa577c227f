import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Endpoint } from "./endpoint.ts";
import { endpoints } from "./endpoints.ts";
import { buildOpenApiDocument } from "./openapi.ts";

const all = Object.entries(endpoints) as [string, Endpoint][];
const pathNames = (e: Endpoint) => [...e.path.matchAll(/:(\w+)/g)].map(([, name]) => name);
const schemaKeys = (e: Endpoint) => Object.keys(e.params ? (z.toJSONSchema(e.params).properties ?? {}) : {});

describe("path parameters", () => {
  it.each(all)("%s has a schema for each :name of its path, and no other", (_name, e) => {
    expect(schemaKeys(e).sort()).toEqual(pathNames(e).sort());
  });

  it("are in the OpenAPI document with their schemas", () => {
    const doc = buildOpenApiDocument();
    const op = (path: string, method: string) => (doc.paths[path]?.[method] ?? {}) as { parameters?: unknown[] };
    expect(op("/api/annotations/{id}", "get").parameters).toContainEqual(
      expect.objectContaining({ name: "id", in: "path", required: true, schema: expect.objectContaining({ format: "uuid" }) }),
    );
    expect(op("/api/statements/{idOrSlug}", "get").parameters).toContainEqual(
      expect.objectContaining({ name: "idOrSlug", in: "path", description: expect.any(String), schema: { type: "string" } }),
    );
  });

  it("refuse what no resource is named by", () => {
    expect(endpoints.getAnnotation.params.safeParse({ id: "not-a-uuid" }).success).toBe(false);
    expect(endpoints.getStatement.params.safeParse({ idOrSlug: "2024-05-01-unsc-zembla" }).success).toBe(true);
  });
});
