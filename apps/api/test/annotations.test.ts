import { Annotation } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION_FIELDS, expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let analyst: Member;
let reviewer: Member;
let statement: { id: string; slug: string; paragraphs: { id: string; text: string }[] };
let other: { slug: string };
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  statement = await importStatement(analyst.client);
  other = await importStatement(analyst.client, { title: "Reply", delegation: "Borduria" });
});
afterAll(() => server.stop());

const text = (id: string) => statement.paragraphs.find((p) => p.id === id)?.text ?? "";
const span = (id: string, words: string) => ({
  paragraphId: id,
  start: text(id).indexOf(words),
  end: text(id).indexOf(words) + words.length,
});
const create = (body: Record<string, unknown>, client = analyst.client) =>
  client.post(`/api/statements/${statement.slug}/annotations`, body);

function expectAnnotationObject(a: Record<string, unknown>) {
  expect(Object.keys(a).sort()).toEqual(ANNOTATION_FIELDS);
  // The union's options strip unknown keys; the line above already refuses any field the contract lacks.
  expect(Annotation.parse(a)).toBeTruthy();
  expect(Object.keys(a.quote as object).sort()).toEqual(["exact", "prefix", "suffix"]);
  expect(Object.keys(a.author as object).sort()).toEqual(["id", "name"]);
}

describe("creating annotations", () => {
  it("creates a position with stance and topics; the server computes the quote with 32 characters of context", async () => {
    const target = span("p3", "Transnational Organized Crime");
    const res = await create({
      kind: "position",
      target,
      attributes: { stance: "supports", topics: ["organized crime", "UNTOC"], actor: "Arcadia" },
      labels: ["toc", "toc", "support"],
    });
    expect(res.status, res.text).toBe(201);
    expect(Object.keys(res.body)).toEqual(["annotation"]);
    const a = res.body.annotation;
    expectAnnotationObject(a);
    expect(a).toMatchObject({
      statementId: statement.id,
      statementSlug: statement.slug,
      revision: 1,
      kind: "position",
      target,
      attributes: { stance: "supports", topics: ["organized crime", "UNTOC"], actor: "Arcadia" },
      labels: ["toc", "support"],
      note: null,
      noteDoc: null,
      status: "proposed",
      version: 1,
      author: { id: analyst.userId, name: "Ana Analyst" },
    });
    expect(a.target).not.toHaveProperty("endParagraphId");
    expect(a.quote).toEqual({
      exact: "Transnational Organized Crime",
      prefix: text("p3").slice(target.start - 32, target.start),
      suffix: text("p3").slice(target.end, target.end + 32),
    });
    expect(a.quote.prefix).toHaveLength(32);
    expect(a.quote.suffix).toHaveLength(32);
    expect((await analyst.client.get(`/api/annotations/${a.id}`)).body).toEqual(res.body);
  });

  it("creates a commitment, with the whole paragraph's start as an empty prefix", async () => {
    const res = await create({
      kind: "commitment",
      target: { paragraphId: "p2", start: 0, end: 10 },
      attributes: { strength: "pledge", actor: "Arcadia", action: "host a workshop" },
    });
    expect(res.status, res.text).toBe(201);
    expectAnnotationObject(res.body.annotation);
    expect(res.body.annotation.quote).toEqual({ exact: "We welcome", prefix: "", suffix: text("p2").slice(10, 42) });
    expect(res.body.annotation.attributes).toEqual({ strength: "pledge", actor: "Arcadia", action: "host a workshop" });
  });

  it.each([
    ["an instrument key", "UNTOC"],
    ["a UN document symbol", "A/RES/74/247"],
    ["a UN symbol outside the registry", "S/PRST/2023/6"],
    ["another statement's paragraph", "OTHER#p2"],
    ["a URL", "https://www.unodc.org/unodc/en/organized-crime/intro/UNTOC.html"],
  ])("creates a cross-reference to %s", async (_what, raw) => {
    const target = raw.replace("OTHER", other.slug);
    const res = await create({ kind: "cross-reference", target: span("p3", "the Convention"), attributes: { target, relation: "cites" } });
    expect(res.status, res.text).toBe(201);
    expectAnnotationObject(res.body.annotation);
    expect(res.body.annotation.attributes).toEqual({ target, relation: "cites" });
  });

  it("spans paragraphs with endParagraphId; the quote joins the blocks, a heading between included, with line breaks", async () => {
    const res = await create({
      kind: "position",
      target: { paragraphId: "p2", start: 50, endParagraphId: "p3", end: 14 },
      attributes: { stance: "reaffirms" },
    });
    expect(res.status, res.text).toBe(201);
    const a = res.body.annotation;
    expectAnnotationObject(a);
    expect(a.target).toEqual({ paragraphId: "p2", start: 50, endParagraphId: "p3", end: 14 });
    expect(a.quote).toEqual({
      exact: `${text("p2").slice(50)}\n${text("h1")}\n${text("p3").slice(0, 14)}`,
      prefix: text("p2").slice(18, 50),
      suffix: text("p3").slice(14, 46),
    });
  });

  it("counts offsets after an emoji in UTF-16 code units", async () => {
    const target = span("p4", "across borders");
    expect(target.start).toBe([...text("p4").slice(0, target.start)].length + 1);
    const res = await create({ kind: "position", target: { ...target, exact: "across borders" }, attributes: { stance: "concerned" } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.annotation.target).toEqual(target);
    expect(res.body.annotation.quote.exact).toBe("across borders");
    expect(res.body.annotation.quote.prefix.endsWith("firearms \u{1F52B} ")).toBe(true);
  });

  it("stores a Tiptap note as the document and its plain text", async () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "See " },
            { type: "text", text: "para 4", marks: [{ type: "bold" }] },
          ],
        },
        {
          type: "bulletList",
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "first point" }] }] }],
        },
      ],
    };
    const a = await annotate(analyst.client, statement.slug, { note: doc });
    expect(a.note).toBe("See para 4\n- first point");
    expect(a.noteDoc).toEqual(doc);
    const row = await server.db.annotation.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.noteText).toBe("See para 4\n- first point");
    expect(row.noteRich).toEqual(doc);
    const plain = await annotate(analyst.client, statement.slug, { note: "Just text" });
    expect([plain.note, plain.noteDoc]).toEqual(["Just text", null]);
  });
});

describe("changing annotations", () => {
  it("updates with the current version: 200, version + 1, and an edit after a review goes back to proposed", async () => {
    const a = await annotate(analyst.client, statement.slug);
    const res = await analyst.client.patch(`/api/annotations/${a.id}`, {
      version: 1,
      attributes: { stance: "supports" },
      labels: ["edited"],
      target: span("p2", "the report"),
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.annotation).toMatchObject({
      version: 2,
      attributes: { stance: "supports" },
      labels: ["edited"],
      quote: { exact: "the report" },
      status: "proposed",
    });
    expect(Date.parse(res.body.annotation.updatedAt)).toBeGreaterThanOrEqual(Date.parse(a.updatedAt));

    const reviewed = await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 2 });
    expect(reviewed.body.annotation).toMatchObject({ status: "accepted", version: 3 });
    const edited = await analyst.client.patch(`/api/annotations/${a.id}`, { version: 3, note: "second thoughts" });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.annotation).toMatchObject({ status: "proposed", version: 4, note: "second thoughts" });
  });

  it("treats an update that changes nothing as a no-op: same version, no history row, the review stands", async () => {
    const a = await annotate(analyst.client, statement.slug);
    const reviewed = await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 1 });
    expect(reviewed.body.annotation).toMatchObject({ status: "accepted", version: 2 });
    const changes = await server.db.annotationChange.count({ where: { annotationId: a.id } });
    const res = await analyst.client.patch(`/api/annotations/${a.id}`, { version: 2 });
    expect(res.status, res.text).toBe(200);
    // The same annotation; what each may do with it is their own (the analyst edits it, the reviewer reviews it).
    expect(res.body.annotation).toEqual({ ...reviewed.body.annotation, can: { edit: true, delete: true, review: false, comment: true } });
    expect(reviewed.body.annotation.can).toEqual({ edit: false, delete: false, review: true, comment: true });
    expect(await server.db.annotationChange.count({ where: { annotationId: a.id } })).toBe(changes);
  });

  it("answers a stale version with 409 version_conflict carrying the current annotation, and changes nothing", async () => {
    const a = await annotate(analyst.client, statement.slug);
    expect((await analyst.client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["first"] })).status).toBe(200);
    const stale = await analyst.client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["second"] });
    expectError(stale, 409, "version_conflict");
    const current = (await analyst.client.get(`/api/annotations/${a.id}`)).body.annotation;
    expect(stale.body.error.details).toEqual({ current });
    expect(current).toMatchObject({ version: 2, labels: ["first"] });
    expectError(
      await reviewer.client.post(`/api/annotations/${a.id}/reviews`, { status: "accepted", version: 1 }),
      409,
      "version_conflict",
    );
  });

  it("lets exactly one of three concurrent updates from the same version win", async () => {
    const a = await annotate(analyst.client, statement.slug);
    const results = await Promise.all(
      ["one", "two", "three"].map((l) => analyst.client.patch(`/api/annotations/${a.id}`, { version: 1, labels: [l] })),
    );
    // Whichever schedule: a loser that read the annotation after the winner committed fails the version check, one
    // that read it before fails the compare-and-set; both are 409 version_conflict.
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    for (const r of results.filter((r) => r.status !== 200)) expectError(r, 409, "version_conflict");
    const current = (await analyst.client.get(`/api/annotations/${a.id}`)).body.annotation;
    expect(current.version).toBe(2);
    expect(current.labels).toEqual(results.find((r) => r.status === 200)?.body.annotation.labels);
    expect(await server.db.annotationChange.count({ where: { annotationId: a.id } })).toBe(2);
  });

  it("deletes (204, gone from the list and GET 404), refuses a stale ?version=, and restores", async () => {
    const a = await annotate(analyst.client, statement.slug);
    expect((await analyst.client.patch(`/api/annotations/${a.id}`, { version: 1, labels: ["x"] })).status).toBe(200);
    const stale = await analyst.client.delete(`/api/annotations/${a.id}?version=1`);
    expectError(stale, 409, "version_conflict");
    expect(stale.body.error.details.current).toMatchObject({ id: a.id, version: 2 });
    expect((await analyst.client.get(`/api/annotations/${a.id}`)).status).toBe(200);

    const del = await analyst.client.delete(`/api/annotations/${a.id}?version=2`);
    expect(del.status, del.text).toBe(204);
    expect(del.text).toBe("");
    expectError(await analyst.client.get(`/api/annotations/${a.id}`), 404, "not_found");
    const ids = async () =>
      (await analyst.client.get(`/api/statements/${statement.slug}/annotations?limit=500`)).body.items.map((x: { id: string }) => x.id);
    expect(await ids()).not.toContain(a.id);

    const restored = await analyst.client.post(`/api/annotations/${a.id}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.annotation).toMatchObject({ id: a.id, version: 4, labels: ["x"] });
    expect((await analyst.client.get(`/api/annotations/${a.id}`)).body.annotation).toEqual(restored.body.annotation);
    expect(await ids()).toContain(a.id);
    expectError(await analyst.client.post(`/api/annotations/${a.id}/restore`), 404, "not_found");
  });
});
