import { CitedBy, InstrumentReferences, ParagraphCitations } from "@verbatim/contract";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// The links between statements (issue 16, item 5): who cites an instrument or a UN symbol across the corpus, and who
// cites a statement's paragraphs, each with a readable citation of the citing paragraph.
let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;
let cited: { id: string; slug: string };
let citing: { id: string; slug: string };
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  viewer = await member(server, admin.workspaceId, "viewer");
  cited = await importStatement(admin.client, { title: "Briefing", delegation: "China", forum: "Security Council", date: "2023-12-07" });
  citing = await importStatement(admin.client, { title: "Reply", delegation: "France", forum: "Security Council", date: "2024-02-01" });
});
afterAll(() => server.stop());

const cite = (slug: string, target: string, relation = "cites", paragraphId = "p4") =>
  annotate(analyst.client, slug, { kind: "cross-reference", target: { paragraphId, start: 0, end: 3 }, attributes: { target, relation } });

describe("GET /api/instruments/:key/references", () => {
  it("lists every live citation of an instrument across statements, by date, with the citing paragraph's citation", async () => {
    const later = await cite(citing.slug, "UNTOC", "reaffirms");
    const earlier = await cite(cited.slug, "UNTOC");
    const gone = await cite(cited.slug, "UNTOC", "cites", "p2");
    expect((await analyst.client.delete(`/api/annotations/${gone.id}`)).status).toBe(204);
    await cite(cited.slug, "A/RES/78/265");

    const res = await viewer.client.get("/api/instruments/UNTOC/references");
    expect(res.status, res.text).toBe(200);
    const page = InstrumentReferences.parse(res.body);
    expect(page.instrument).toMatchObject({ key: "UNTOC", symbol: "A/RES/55/25" });
    expect(page.items.map((i) => i.annotationId)).toEqual([earlier.id, later.id]);
    expect(page.items[0]).toMatchObject({
      relation: "cites",
      status: "proposed",
      statement: { slug: cited.slug, delegation: "China", date: "2023-12-07" },
      paragraph: { id: "p4", number: expect.any(Number) },
      author: { id: analyst.userId },
    });
    expect(page.items[0]!.citation).toMatch(/^China, Security Council, 7 December 2023, ¶\d+$/);
    expect(page.items[1]).toMatchObject({ relation: "reaffirms", statement: { delegation: "France" } });
  });

  it("has a page for a UN symbol cited that is no registry entry, and none for anything else", async () => {
    const symbol = await viewer.client.get(`/api/instruments/${encodeURIComponent("A/RES/78/265")}/references`);
    expect(symbol.status, symbol.text).toBe(200);
    expect(symbol.body).toMatchObject({ key: "A/RES/78/265", instrument: null, items: [{ statement: { slug: cited.slug } }] });
    const never = await viewer.client.get(`/api/instruments/${encodeURIComponent("S/RES/1373")}/references`);
    expect(never.status, never.text).toBe(200);
    expect(never.body.items).toEqual([]);
    expectError(await viewer.client.get("/api/instruments/NOT-A-THING/references"), 404, "not_found");
  });
});

describe("GET /api/statements/:idOrSlug/cited-by", () => {
  it("groups the other statements' references to its paragraphs by paragraph, leaving out its own", async () => {
    const fromReply = await cite(citing.slug, `${cited.slug}#p2`, "responds-to");
    await cite(cited.slug, `${cited.slug}#p4`); // a statement citing itself is no link between statements
    const res = await viewer.client.get(`/api/statements/${cited.slug}/cited-by`);
    expect(res.status, res.text).toBe(200);
    const list = CitedBy.parse(res.body);
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      paragraphId: "p2",
      references: [{ annotationId: fromReply.id, relation: "responds-to", statement: { slug: citing.slug } }],
    });
    expect(list.items[0]!.references[0]!.citation).toMatch(/^France, Security Council, 1 February 2024/);
    const byId = await viewer.client.get(`/api/statements/${cited.id}/cited-by`);
    expect(byId.body).toEqual(res.body);
    expect((await viewer.client.get(`/api/statements/${citing.slug}/cited-by`)).body).toEqual({ items: [] });
  });
});

describe("GET /api/citations", () => {
  it("cites each paragraph reference as a reader reads it, in the order asked, and names none it cannot find", async () => {
    const refs = [`${citing.slug}#p2`, `${cited.slug}#p4`, `${cited.slug}#p99`, "no-such-statement#p1", "not a reference"];
    const res = await viewer.client.get(`/api/citations?refs=${encodeURIComponent(refs.join(","))}`);
    expect(res.status, res.text).toBe(200);
    const { items } = ParagraphCitations.parse(res.body);
    expect(items.map((i) => i.ref)).toEqual(refs);
    expect(items[0]).toMatchObject({ title: "Reply", inCurrent: true });
    expect(items[0]!.citation).toMatch(/^France, Security Council, 1 February 2024, ¶\d+$/);
    expect(items[1]!.citation).toMatch(/^China, Security Council, 7 December 2023, ¶\d+$/);
    // A paragraph the current revision lacks is cited without a number, and said to be gone.
    expect(items[2]).toEqual({ ref: refs[2], citation: "China, Security Council, 7 December 2023", title: "Briefing", inCurrent: false });
    expect(items.slice(3)).toEqual([
      { ref: refs[3], citation: null, title: null, inCurrent: false },
      { ref: refs[4], citation: null, title: null, inCurrent: false },
    ]);
  });

  it("refuses more than 200 references", async () => {
    const many = Array.from({ length: 201 }, (_, i) => `s#p${i + 1}`).join(",");
    expectError(await viewer.client.get(`/api/citations?refs=${encodeURIComponent(many)}`), 400, "validation_failed");
  });
});

describe("exports", () => {
  it("cite a cross-reference's paragraph target in words, beside its canonical reference", async () => {
    const csv = await viewer.client.get(`/api/exports?format=csv&statement=${citing.slug}&kind=cross-reference`);
    expect(csv.status, csv.text).toBe(200);
    const rows = parse(csv.text, { columns: true, bom: true }) as Record<string, string>[];
    const row = rows.find((r) => r["target"] === `${cited.slug}#p2`);
    expect(row?.["target_citation"]).toMatch(/^China, Security Council, 7 December 2023, ¶\d+$/);
    expect(rows.find((r) => r["target"] === "UNTOC")?.["target_citation"]).toBe("");
    const markdown = await viewer.client.get(`/api/exports?format=md&statement=${citing.slug}&kind=cross-reference`);
    // Markdown escapes the # of the reference.
    expect(markdown.text).toContain(`China, Security Council, 7 December 2023, ¶2 (${cited.slug}\\#p2)`);
  });
});
