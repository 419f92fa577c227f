import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { member, type Member } from "./support/factories.ts";
import type { TestServer } from "./support/test-server.ts";
import {
  importW3c,
  type Json,
  type Paragraph,
  SOURCE_URL,
  setUpW3cImport,
  targetOf,
  type W3cImportWorld,
} from "./support/w3c-import-fixture.ts";

let server: TestServer;
let b: Member;
let slug: string;
let paragraphs: Paragraph[];
let exported: W3cImportWorld["exported"];
beforeAll(async () => {
  ({ server, b, slug, paragraphs, exported } = await setUpW3cImport());
});
afterAll(() => server.stop());

const at = (id: string, words: string) => targetOf(paragraphs, id, words);
const countIn = async (m: Member) => server.db.annotation.count({ where: { workspaceId: m.workspaceId } });

describe("POST /api/imports/w3c: other W3C tools", () => {
  const tagged = (extra: Json = {}): Json => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://annotator.example/anno/1",
    type: "Annotation",
    body: [
      { type: "TextualBody", purpose: "classifying", value: "position" },
      { type: "TextualBody", purpose: "describing", value: "stance: concerned" },
      { type: "TextualBody", purpose: "tagging", value: "firearms" },
      { type: "TextualBody", purpose: "commenting", value: "<p>Note <b>this</b></p>", format: "text/html" },
    ],
    target: {
      source: "https://annotator.example/some/page",
      selector: { type: "TextQuoteSelector", exact: "trafficking in firearms", prefix: "concerned about ", suffix: " " },
    },
    ...extra,
  });

  it("places a quote-only annotation on the statement named by ?statement", async () => {
    const res = await importW3c(b, tagged(), `?statement=${slug}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 1, reanchored: 0, duplicates: 0 });
    expect(res.body.annotations[0]).toMatchObject({
      kind: "position",
      target: at("p4", "trafficking in firearms"),
      quote: { exact: "trafficking in firearms" },
      attributes: { stance: "concerned" },
      labels: ["firearms"],
      note: "Note this",
      status: "proposed",
    });
    expect((await importW3c(b, tagged(), `?statement=${slug}`)).body).toMatchObject({ imported: 0, duplicates: 1 });
  });

  it("finds the statement by the web page it was imported from, and reads a linking body as a cross-reference", async () => {
    const link = {
      type: "Annotation",
      motivation: "linking",
      body: "https://undocs.org/S/RES/1373(2001)",
      target: { source: SOURCE_URL, selector: { type: "TextQuoteSelector", exact: "resolution 1373 (2001)" } },
    };
    const res = await importW3c(b, link);
    expect(res.body).toMatchObject({ imported: 1, skipped: [] });
    expect(res.body.annotations[0]).toMatchObject({
      kind: "cross-reference",
      attributes: { target: "S/RES/1373 (2001)", relation: "cites" },
    });
  });

  it("checks paragraph cross-references against the workspace's statements, all in one read", async () => {
    const placed = { source: SOURCE_URL, selector: { type: "TextQuoteSelector", exact: "trafficking in firearms" } };
    const citing = (target: string) =>
      tagged({ id: null, target: placed, "verbatim:kind": "cross-reference", "verbatim:attributes": { target, relation: "cites" } });
    const targets = [`${slug}#p2`, `${slug}#p999`, `${slug}#p4`, `no-such-slug#p2`, `${slug}#p2`];
    const res = await importW3c(b, targets.map(citing));
    expect(res.status, res.text).toBe(200);
    expect(res.body.annotations.map((a: Json) => (a.attributes as Json).target)).toEqual([`${slug}#p2`, `${slug}#p4`, `${slug}#p2`]);
    expect(res.body.skipped.map((s: Json) => [s.index, s.code])).toEqual([
      [1, "invalid_attributes"],
      [3, "invalid_attributes"],
    ]);
  });

  it("skips what it cannot import, each with a code, and imports the rest", async () => {
    const quote = (exact: string) => ({ source: SOURCE_URL, selector: { type: "TextQuoteSelector", exact } });
    const good = tagged({ id: "https://annotator.example/anno/2", target: quote("the report of the Secretary-General") });
    const placed = quote("trafficking in firearms");
    const html = (purpose: string, value: string) => ({ type: "TextualBody", purpose, value, format: "text/html" });
    const items = [
      good,
      "not an object",
      { type: "Note", target: quote("the report") },
      { type: "Annotation", target: SOURCE_URL },
      tagged({ id: null, target: { source: "https://elsewhere.example/s/no-such-statement", selector: quote("report").selector } }),
      tagged({ id: null, target: quote("words that are not in the statement at all") }),
      { type: "Annotation", target: quote("the report") },
      tagged({
        id: null,
        target: placed,
        body: [
          { type: "TextualBody", purpose: "classifying", value: "position" },
          { purpose: "describing", value: "stance: loves", type: "TextualBody" },
        ],
      }),
      tagged({
        id: null,
        target: placed,
        "verbatim:kind": "cross-reference",
        "verbatim:attributes": { target: "no-such-slug#p2", relation: "cites" },
      }),
      tagged({
        id: null,
        target: placed,
        body: [
          { type: "TextualBody", purpose: "classifying", value: "position" },
          { type: "TextualBody", purpose: "classifying", value: "stance: notes" },
          { type: "TextualBody", purpose: "tagging", value: "x".repeat(61) },
        ],
      }),
      tagged({ id: null, target: placed, bodyValue: "n".repeat(20_001) }),
      tagged({ id: `https://annotator.example/${"x".repeat(2000)}` }),
      // Text that decodes to what PostgreSQL cannot store is skipped, never a 500.
      tagged({ id: null, target: { ...placed, source: "https://elsewhere.example/s/a%00b" } }),
      tagged({ id: null, target: placed, body: [...(tagged().body as Json[]).slice(0, 2), html("tagging", "a&#xD800;")] }),
      tagged({ id: null, target: placed, body: [...(tagged().body as Json[]).slice(0, 2), html("commenting", "a&#0;b")] }),
    ];
    const before = await countIn(b);
    const res = await importW3c(b, items);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 1, duplicates: 0 });
    expect(res.body.skipped.map((s: Json) => [s.index, s.code])).toEqual([
      [1, "not_an_object"],
      [2, "not_an_annotation"],
      [3, "no_anchor"],
      [4, "unknown_statement"],
      [5, "not_anchored"],
      [6, "unknown_kind"],
      [7, "invalid_attributes"],
      [8, "invalid_attributes"],
      [9, "invalid_labels"],
      [10, "invalid_note"],
      [11, "invalid_id"],
      [12, "unknown_statement"],
      [13, "invalid_labels"],
      [14, "invalid_note"],
    ]);
    for (const s of res.body.skipped) expect(s.message.length).toBeGreaterThan(0);
    expect(await countIn(b)).toBe(before + 1);
  });
});

describe("POST /api/imports/w3c: refusals", () => {
  it("answers 422 invalid_content for JSON that holds no Web Annotations", () =>
    expectUnchanged(server.db, async () => {
      expectError(await importW3c(b, { type: "Dataset", hello: "world" }), 422, "invalid_content");
      expectError(await importW3c(b, ["one", 2, { hello: "world" }]), 422, "invalid_content");
      expectError(await importW3c(b, { hello: "world" }), 422, "invalid_content");
      expectError(await importW3c(b, { type: "AnnotationPage", items: "none" }), 400, "validation_failed");
      expectError(await importW3c(b, [{ type: "Annotation" }, { type: "Annotation", body: "no target" }]), 422, "invalid_content");
      expectError(await importW3c(b, { type: "AnnotationCollection", first: "https://example.org/page1" }), 422, "invalid_content");
    }));

  it("answers 200 with nothing to do for an empty collection", async () => {
    const res = await importW3c(b, { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection", total: 0 });
    expect(res.body).toMatchObject({ imported: 0, duplicates: 0, skipped: [], annotations: [] });
  });

  it("answers 404 for an unknown ?statement and 413 beyond 5,000 annotations", () =>
    expectUnchanged(server.db, async () => {
      expectError(await importW3c(b, exported, "?statement=no-such-statement"), 404, "not_found");
      expectError(
        await importW3c(
          b,
          Array.from({ length: 5001 }, () => ({})),
        ),
        413,
        "payload_too_large",
      );
      expectError(await importW3c(b, exported, "", "text/plain"), 415, "unsupported_media_type");
    }));

  it("is for analysts and above: a viewer gets 403", async () => {
    const viewer = await member(server, b.workspaceId, "viewer");
    await expectUnchanged(server.db, async () => {
      expectError(await importW3c(viewer, exported), 403, "forbidden");
    });
  });

  it("counts an imported annotation that was deleted since as a duplicate: it can be restored", async () => {
    const one: Json = { ...exported.first.items[1], "@context": "http://www.w3.org/ns/anno.jsonld" };
    expect((await importW3c(b, one)).body).toMatchObject({ imported: 1, duplicates: 0 });
    const copy = await server.db.annotation.findFirstOrThrow({ where: { workspaceId: b.workspaceId, sourceId: String(one.id) } });
    expect((await b.client.delete(`/api/annotations/${copy.id}`)).status).toBe(204);
    expect((await importW3c(b, one)).body).toMatchObject({ imported: 0, duplicates: 1 });
  });
});
