import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Endpoint, endpoints } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION_FIELDS, expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const checker = path.resolve(repoRoot, "../shared/conformance/check-w3c-annotations.mjs");

let server: TestServer;
let analyst: Member;
let reviewer: Member;
let s1: { id: string; slug: string; title: string; paragraphs: { id: string; text: string }[] };
let s2: { id: string; slug: string };
/** Annotation IDs by a short name; "gone" is deleted and never exported. */
const ids = {} as Record<"accepted" | "disputed" | "rejected" | "emoji" | "gone" | "other" | "range", string>;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  s1 = await importStatement(analyst.client, {
    speaker: "Ms. Example",
    meetingSymbol: "S/PV.9600",
    language: "en",
    sourceUrl: "https://example.org/s1",
  });
  s2 = await importStatement(analyst.client, { title: "Reply", delegation: "Borduria", date: "2024-05-02" });
  const p3 = s1.paragraphs.find((p) => p.id === "p3")?.text ?? "";
  const p4 = s1.paragraphs.find((p) => p.id === "p4")?.text ?? "";
  const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const review = async (id: string, status: string) =>
    expect((await reviewer.client.post(`/api/annotations/${id}/reviews`, { status, version: 1 })).status).toBe(200);

  ids.accepted = (await annotate(analyst.client, s1.slug, { labels: ["toc"] })).id;
  ids.disputed = (
    await annotate(analyst.client, s1.slug, {
      kind: "commitment",
      target: { paragraphId: "p3", ...at(p3, "We will host a workshop in 2025.") },
      attributes: { strength: "pledge" },
    })
  ).id;
  ids.rejected = (
    await annotate(reviewer.client, s1.slug, {
      kind: "cross-reference",
      target: { paragraphId: "p3", ...at(p3, "the Convention against Transnational Organized Crime") },
      attributes: { target: "UNTOC", relation: "cites" },
    })
  ).id;
  const note = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Small arms " },
          { type: "text", text: "matter", marks: [{ type: "bold" }] },
        ],
      },
    ],
  };
  ids.emoji = (
    await annotate(analyst.client, s1.slug, {
      target: { paragraphId: "p4", ...at(p4, "across borders") },
      attributes: { stance: "concerned" },
      note,
    })
  ).id;
  ids.gone = (await annotate(analyst.client, s1.slug)).id;
  ids.other = (await annotate(reviewer.client, s2.slug, { labels: ["toc", "drugs"] })).id;
  ids.range = (
    await annotate(analyst.client, s2.slug, {
      target: { paragraphId: "p2", start: 50, endParagraphId: "p3", end: 14 },
      attributes: { stance: "reaffirms" },
    })
  ).id;
  await review(ids.accepted, "accepted");
  await review(ids.disputed, "disputed");
  await review(ids.rejected, "rejected");
  expect((await analyst.client.delete(`/api/annotations/${ids.gone}`)).status).toBe(204);
});
afterAll(() => server.stop());

const nameOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;
async function exported(query: string): Promise<string[]> {
  const res = await analyst.client.get(`/api/exports?${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body.items.map((i: { id: string }) => nameOf(i.id)).sort();
}

describe("JSON export", () => {
  it("returns { items } of annotation objects with their statement's metadata under statement", async () => {
    const res = await analyst.client.get("/api/exports?format=json");
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    expect(Object.keys(res.body)).toEqual(["items"]);
    expect(res.body.items.map((i: { id: string }) => nameOf(i.id)).sort()).toEqual([
      "accepted",
      "disputed",
      "emoji",
      "other",
      "range",
      "rejected",
    ]);
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual([...ANNOTATION_FIELDS, "statement"].sort());
      const { statement, ...annotation } = item;
      expect({ annotation }).toEqual((await analyst.client.get(`/api/annotations/${item.id}`)).body);
      expect(statement.id).toBe(item.statementId);
      expect(statement.slug).toBe(item.statementSlug);
    }
    const first = res.body.items.find((i: { id: string }) => i.id === ids.accepted);
    expect(first.statement).toEqual({
      id: s1.id,
      slug: s1.slug,
      title: "Statement on organized crime",
      speaker: "Ms. Example",
      delegation: "Arcadia",
      onBehalfOf: null,
      forum: "UN Security Council open debate",
      meetingSymbol: "S/PV.9600",
      date: "2024-05-01",
      language: "en",
      sourceUrl: "https://example.org/s1",
    });
  });

  it("is the default format", async () => {
    expect(await exported("")).toEqual(await exported("format=json"));
  });

  it("filters by statement slugs, comma-separated", async () => {
    expect(await exported(`statement=${s1.slug}`)).toEqual(["accepted", "disputed", "emoji", "rejected"]);
    expect(await exported(`statement=${s2.slug}`)).toEqual(["other", "range"]);
    expect(await exported(`statement=${s1.slug},${s2.slug}`)).toHaveLength(6);
  });

  it("filters by status (comma-separated; all by default), kind, author and label", async () => {
    expect(await exported("status=accepted,disputed")).toEqual(["accepted", "disputed"]);
    expect(await exported("status=proposed")).toEqual(["emoji", "other", "range"]);
    expect(await exported("status=rejected")).toEqual(["rejected"]);
    expect(await exported("kind=cross-reference")).toEqual(["rejected"]);
    expect(await exported("kind=position,commitment")).toEqual(["accepted", "disputed", "emoji", "other", "range"]);
    expect(await exported(`author=${reviewer.userId}`)).toEqual(["other", "rejected"]);
    expect(await exported("label=toc")).toEqual(["accepted", "other"]);
    expect(await exported(`statement=${s2.slug}&label=drugs&status=proposed&kind=position`)).toEqual(["other"]);
    expect(await exported("label=nothing")).toEqual([]);
  });

  it("answers 404 when a named statement does not exist", async () => {
    const res = await analyst.client.get("/api/exports?statement=2099-01-01-nowhere");
    expectError(res, 404, "not_found");
    const mixed = await analyst.client.get(`/api/exports?statement=${s1.slug},2099-01-01-nowhere`);
    expectError(mixed, 404, "not_found");
    expect(mixed.body.error.message).toContain("2099-01-01-nowhere");
  });
});

describe("W3C export", () => {
  interface Selector {
    type: string;
    value?: string;
    refinedBy?: unknown;
  }
  interface W3cItem {
    id: string;
    type: string;
    target: { selector: Selector[] };
  }
  let doc: { "@context": unknown; type: string; total: number; first: { type: string; items: W3cItem[] } };
  beforeAll(async () => {
    const res = await analyst.client.get("/api/exports?format=w3c");
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/);
    doc = JSON.parse(res.text);
  });
  const item = (name: keyof typeof ids): W3cItem => {
    const found = doc.first.items.find((i) => i.id.endsWith(`/api/annotations/${ids[name]}`));
    if (!found) throw new Error(`${name} is not in the export`);
    return found;
  };

  it("is one AnnotationCollection whose first page holds every selected annotation", () => {
    expect(doc.type).toBe("AnnotationCollection");
    expect(JSON.stringify(doc["@context"])).toContain("http://www.w3.org/ns/anno.jsonld");
    expect(doc.total).toBe(6);
    expect(doc.first.type).toBe("AnnotationPage");
    expect(doc.first.items).toHaveLength(6);
    for (const name of ["accepted", "disputed", "emoji", "other", "range", "rejected"] as const) expect(item(name).type).toBe("Annotation");
    for (const i of doc.first.items) expect(i.type).toBe("Annotation");
  });

  it("applies the filters", async () => {
    const res = await analyst.client.get(`/api/exports?format=w3c&statement=${s2.slug}&status=proposed`);
    expect(res.body.total).toBe(2);
    expect(res.body.first.items.map((i: { id: string }) => nameOf(String(i.id).split("/").pop() ?? ""))).toEqual(["other", "range"]);
  });

  it("selects the paragraph with quote and position selectors, positions in code points", () => {
    const p4 = s1.paragraphs.find((p) => p.id === "p4")?.text ?? "";
    const start16 = p4.indexOf("across borders");
    const selectors = item("emoji").target.selector;
    const refinements = selectors.filter((s) => s.type === "FragmentSelector" && s.value === "p4").map((s) => s.refinedBy);
    expect(refinements).toContainEqual(expect.objectContaining({ type: "TextQuoteSelector", exact: "across borders" }));
    expect(refinements).toContainEqual({ type: "TextPositionSelector", start: start16 - 1, end: start16 - 1 + "across borders".length });
  });

  it("selects a cross-paragraph span with a range", () => {
    const types = item("range").target.selector.map((s) => s.type);
    expect(types).toEqual(expect.arrayContaining(["RangeSelector", "TextQuoteSelector"]));
  });

  it.skipIf(!existsSync(checker))("passes the W3C annotation-model test suite's MUST assertions", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "verbatim-w3c-"));
    try {
      const file = path.join(dir, "export.jsonld");
      await writeFile(file, JSON.stringify(doc));
      expect(() => execFileSync("node", [checker, file], { cwd: repoRoot, stdio: "pipe", timeout: 120_000 })).not.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and lists every endpoint of the contract, and nothing else", async () => {
    const res = await analyst.client.get("/api/openapi.json");
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
