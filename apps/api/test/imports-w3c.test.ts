import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { openSseAs } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/** Emoji before spans, so that the export's code point positions differ from the API's UTF-16 offsets. */
const TEXT = [
  "Mr. President,",
  "We welcome the report of the Secretary-General \u{1F30D} and thank the briefers.",
  "Cooperation",
  "Our delegation reaffirms its support for the Convention against Transnational Organized Crime. We will host a workshop in 2025.",
  "We remain concerned about trafficking in firearms \u{1F52B} across borders. We call for resolution 1373 (2001) to be implemented.",
  "Thank you.",
].join("\n\n");
/** The same statement corrected: a word inserted before every annotated span. */
const CORRECTED = TEXT.replace("We welcome", "We warmly welcome")
  .replace("Our delegation reaffirms", "Our delegation firmly reaffirms")
  .replace("We remain concerned", "We remain gravely concerned");
const SOURCE_URL = "https://example.org/press/arcadia-statement.html";
const FIELDS = ["kind", "target", "quote", "attributes", "labels", "note", "noteDoc"] as const;

interface Paragraph {
  id: string;
  text: string;
}
type Json = Record<string, unknown>;

let server: TestServer;
/** Workspace A, where the annotations are made and exported. */
let a: Member;
/** Workspaces B (the same text) and C (the corrected text) import them. */
let b: Member;
let c: Member;
let slug: string;
let paragraphs: Paragraph[];
let created: Json[];
let exported: { first: { items: Json[] } };

const textOf = (id: string) => paragraphs.find((p) => p.id === id)?.text ?? "";
const at = (id: string, words: string) => ({
  paragraphId: id,
  start: textOf(id).indexOf(words),
  end: textOf(id).indexOf(words) + words.length,
});
const importW3c = (m: Member, body: unknown, query = "", contentType = "application/ld+json") =>
  m.client.request("POST", `/api/imports/w3c${query}`, { json: body, contentType });
const countIn = async (m: Member) => server.db.annotation.count({ where: { workspaceId: m.workspaceId } });
const announcedId = (data: string) => (JSON.parse(data) as { annotation: Json }).annotation.id;
const pick = (x: Json) => Object.fromEntries(FIELDS.map((f) => [f, x[f]]));
/** The annotation of workspace A that an exported item is. */
function originalOf(item: Json | undefined): Json {
  const found = created.find((x) => String(item?.id).endsWith(`/api/annotations/${String(x.id)}`));
  if (!found) throw new Error(`${String(item?.id)} is none of the annotations made`);
  return found;
}

const richNote = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Small arms " },
        { type: "text", text: "matter", marks: [{ type: "bold" }] },
        { type: "text", text: " (see ", marks: [] },
        { type: "text", text: "the report", marks: [{ type: "link", attrs: { href: "https://example.org/report" } }] },
        { type: "text", text: ")." },
      ],
    },
  ],
};

beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  a = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  b = await member(server, await newWorkspace(server, "Desk B"), "analyst", "Bea Importer");
  c = await member(server, await newWorkspace(server, "Desk C"), "analyst", "Cy Importer");
  const statement = await importStatement(a.client, { content: TEXT });
  slug = statement.slug;
  paragraphs = statement.paragraphs;
  expect((await importStatement(b.client, { content: TEXT, sourceUrl: SOURCE_URL })).slug).toBe(slug);
  expect((await importStatement(c.client, { content: CORRECTED })).slug).toBe(slug);

  const p2 = textOf("p2");
  created = [
    await annotate(a.client, slug, {
      target: at("p4", "across borders"),
      attributes: { stance: "concerned", topics: ["firearms", "borders"], actor: "Arcadia" },
      labels: ["arms", "cross-border"],
      note: richNote,
    }),
    await annotate(a.client, slug, {
      kind: "commitment",
      target: at("p3", "We will host a workshop in 2025."),
      attributes: { strength: "pledge", action: "host a workshop" },
      labels: ["capacity"],
      note: "A concrete pledge.",
    }),
    await annotate(a.client, slug, {
      kind: "cross-reference",
      target: at("p3", "the Convention against Transnational Organized Crime"),
      attributes: { target: "UNTOC", relation: "reaffirms" },
    }),
    await annotate(a.client, slug, {
      target: { paragraphId: "p2", start: p2.indexOf("thank the briefers."), endParagraphId: "p3", end: "Our delegation".length },
      attributes: { stance: "welcomes" },
    }),
    await annotate(a.client, slug, {
      kind: "cross-reference",
      target: at("p4", "resolution 1373 (2001)"),
      attributes: { target: "S/RES/1373 (2001)", relation: "implements" },
      labels: ["terrorism"],
    }),
  ];
  const res = await a.client.get(`/api/exports?format=w3c&statement=${slug}`);
  expect(res.status, res.text).toBe(200);
  exported = JSON.parse(res.text);
  expect(exported.first.items).toHaveLength(created.length);
});
afterAll(() => server.stop());

describe("POST /api/imports/w3c: a Verbatim export", () => {
  let imported: Json[];

  it("imports every annotation into another workspace's statement of the same slug, announcing each to its readers", async () => {
    const reader = await openSseAs(b.client, `/api/statements/${slug}/events`);
    try {
      await reader.waitFor((m) => m.event === "ready");
      const res = await importW3c(b, exported);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ imported: created.length, reanchored: 0, duplicates: 0, skipped: [] });
      imported = res.body.annotations;
      expect(imported).toHaveLength(created.length);
      const last = imported[imported.length - 1]!;
      await reader.waitFor((m) => m.event === "annotation.created" && announcedId(m.data) === last.id);
      const announced = reader.messages.filter((m) => m.event === "annotation.created").map((m) => announcedId(m.data));
      expect(announced).toEqual(imported.map((x) => x.id));
    } finally {
      reader.close();
    }
  });

  it("is lossless: kind, target, quote, attributes, labels and note, rich document included", () => {
    for (const [i, item] of exported.first.items.entries()) expect(pick(imported[i] ?? {})).toEqual(pick(originalOf(item)));
    expect(imported.find((x) => x.noteDoc !== null)?.noteDoc).toEqual(richNote);
    expect(imported.find((x) => (x.target as Json).endParagraphId === "p3")?.quote).toMatchObject({
      exact: "thank the briefers.\nCooperation\nOur delegation",
    });
  });

  it("makes them new, proposed annotations of the importing user, keeping the original author in the history", async () => {
    const list = await b.client.get(`/api/statements/${slug}/annotations`);
    expect(list.body.items).toHaveLength(created.length);
    for (const x of imported) expect(x).toMatchObject({ status: "proposed", version: 1, author: { id: b.userId, name: "Bea Importer" } });
    const change = await server.db.annotationChange.findFirstOrThrow({ where: { annotationId: String(imported[0]?.id) } });
    expect(change).toMatchObject({ action: "imported", actorId: b.userId, version: 1 });
    expect(change.after).toMatchObject({
      kind: "position",
      importedFrom: { id: exported.first.items[0]?.id, creator: { name: "Ana Analyst" }, status: "proposed", anchoredBy: "position" },
    });
    const labels = await b.client.get("/api/labels");
    expect(JSON.stringify(labels.body)).toContain("cross-border");
  });

  it("counts a second import of the same file as duplicates and adds nothing", async () => {
    const before = await countIn(b);
    const res = await importW3c(b, exported, "", "application/json");
    expect(res.body).toMatchObject({ imported: 0, duplicates: created.length, skipped: [], annotations: [] });
    expect(await countIn(b)).toBe(before);
  });

  it("recognises a workspace's own annotations sent back as duplicates", async () => {
    expect((await importW3c(a, exported)).body).toMatchObject({ imported: 0, duplicates: created.length });
    const own = JSON.parse((await b.client.get("/api/exports?format=w3c")).text);
    const before = await countIn(b);
    expect((await importW3c(b, own)).body).toMatchObject({ imported: 0, duplicates: created.length });
    expect(await countIn(b)).toBe(before);
  });

  it("re-anchors by quote where a corrected text moved the spans", async () => {
    const res = await importW3c(c, exported.first);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: created.length, reanchored: created.length, skipped: [] });
    const corrected: Paragraph[] = (await c.client.get(`/api/statements/${slug}`)).body.statement.paragraphs;
    for (const [i, x] of (res.body.annotations as Json[]).entries()) {
      const original = originalOf(exported.first.items[i]);
      const target = x.target as { paragraphId: string; start: number; end: number; endParagraphId?: string };
      const quote = x.quote as { exact: string };
      expect(quote.exact).toBe((original.quote as { exact: string }).exact);
      expect(target.start).toBeGreaterThan((original.target as { start: number }).start);
      if (!target.endParagraphId)
        expect(corrected.find((p) => p.id === target.paragraphId)?.text.slice(target.start, target.end)).toBe(quote.exact);
    }
  });
});

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
    const copy = await server.db.annotation.findFirstOrThrow({ where: { workspaceId: b.workspaceId, sourceId: String(one.id) } });
    expect((await b.client.delete(`/api/annotations/${copy.id}`)).status).toBe(204);
    expect((await importW3c(b, one)).body).toMatchObject({ imported: 0, duplicates: 1 });
  });
});
