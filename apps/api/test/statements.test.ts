import { StatementResponse } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { snapshot } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, SAMPLE_TEXT, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let analyst: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
});
afterAll(() => server.stop());

const MARKDOWN = [
  "---",
  "delegation: Borduria",
  "date: 2024-06-03",
  "forum: Commission on Crime Prevention and Criminal Justice, 33rd session",
  "---",
  "",
  "## Cooperation",
  "",
  "We **strongly** support the *Convention* and its [Protocols](https://example.org/p).",
  "",
  "This is \\*\\*\\* not emphasis.",
  "",
  "## Next steps",
  "",
  "We pledge  to report",
  "next year.",
].join("\n");

const HTML = `<!doctype html><html><head><title>Statement</title><script>var leaked = "SCRIPT-LEAK";</script></head><body>
<nav><a href="/">NAV-HOME</a> | <a href="/news">NAV-NEWS</a></nav>
<h2>Peace and security</h2>
<p onclick="steal('ONCLICK-LEAK')">We support <b>peace</b> and <a href="https://example.org">security</a>.</p>
<script>document.write("SCRIPT-LEAK-2")</script>
<p>Second&nbsp;paragraph &amp; more.</p>
</body></html>`;

describe("creating a statement", () => {
  it("imports plain text: 201 with paragraphs p1…pN, headings with section links, and the import report", async () => {
    const res = await analyst.client.post("/api/statements", {
      title: "Statement on organized crime",
      speaker: "Ms. A. Example",
      delegation: "Arcadia",
      forum: "UN Security Council open debate",
      meetingSymbol: "S/PV.9600",
      date: "2024-05-01",
      language: "en",
      sourceUrl: "https://example.org/statement",
      format: "text",
      content: SAMPLE_TEXT,
    });
    expect(res.status, res.text).toBe(201);
    expect(Object.keys(res.body)).toEqual(["statement"]);
    const s = StatementResponse.parse(res.body).statement;
    expect(s).toMatchObject({
      slug: "2024-05-01-unsc-arcadia",
      title: "Statement on organized crime",
      speaker: "Ms. A. Example",
      delegation: "Arcadia",
      onBehalfOf: null,
      forum: "UN Security Council open debate",
      meetingSymbol: "S/PV.9600",
      date: "2024-05-01",
      language: "en",
      sourceUrl: "https://example.org/statement",
      revision: 1,
      annotationCounts: { position: 0, commitment: 0, "cross-reference": 0 },
    });
    expect(s.paragraphs.map((p) => [p.id, p.kind, p.number, p.section])).toEqual([
      ["p1", "paragraph", 1, null],
      ["p2", "paragraph", 2, null],
      ["h1", "heading", null, null],
      ["p3", "paragraph", 3, "h1"],
      ["p4", "paragraph", 4, "h1"],
      ["p5", "paragraph", 5, "h1"],
    ]);
    expect(s.paragraphs[2]?.text).toBe("Cooperation");
    expect(s.paragraphs[1]?.text).toBe("We welcome the report of the Secretary-General and thank the briefers.");
    expect(s.importReport).toEqual({
      dropped: [],
      metadata: {},
      source: { format: "text", name: null, encoding: null, pages: null },
      repairs: [],
      footnotes: [],
      edits: [],
    });
  });

  it("gives a clashing slug -2, then -3", async () => {
    const again = await importStatement(analyst.client);
    const third = await importStatement(analyst.client);
    expect(again.slug).toBe("2024-05-01-unsc-arcadia-2");
    expect(third.slug).toBe("2024-05-01-unsc-arcadia-3");
  });

  it("imports Markdown: front matter fills metadata, markup is removed, escaped asterisks stay", async () => {
    const s = await importStatement(analyst.client, {
      title: "Borduria at the CCPCJ",
      delegation: undefined,
      forum: undefined,
      date: undefined,
      format: "markdown",
      content: MARKDOWN,
    });
    expect(s).toMatchObject({
      delegation: "Borduria",
      date: "2024-06-03",
      forum: "Commission on Crime Prevention and Criminal Justice, 33rd session",
    });
    expect(s.slug).toBe("2024-06-03-ccpcj33-borduria");
    expect(s.paragraphs.map((p: { id: string; section: string | null; text: string }) => [p.id, p.section, p.text])).toEqual([
      ["h1", null, "Cooperation"],
      ["p1", "h1", "We strongly support the Convention and its Protocols."],
      ["p2", "h1", "This is *** not emphasis."],
      ["h2", null, "Next steps"],
      ["p3", "h2", "We pledge to report next year."],
    ]);
    expect(s.importReport.dropped.map((d: { reason: string }) => d.reason)).toContain("front-matter");
    expect(s.importReport.metadata).toMatchObject({ delegation: "Borduria", date: "2024-06-03" });
  });

  it("imports HTML without its scripts, navigation or event handlers, in the response or the database", async () => {
    const s = await importStatement(analyst.client, { title: "HTML statement", format: "html", content: HTML });
    const texts = s.paragraphs.map((p: { text: string }) => p.text);
    expect(texts).toEqual(["Peace and security", "We support peace and security.", "Second paragraph & more."]);
    const stored = await server.db.paragraph.findMany({ where: { statementId: s.id } });
    for (const text of [...texts, ...stored.map((p) => p.text)]) {
      expect(text).not.toMatch(/SCRIPT-LEAK|ONCLICK-LEAK|NAV-HOME|NAV-NEWS|onclick|<|>/);
    }
    expect(stored).toHaveLength(3);
    const dropped = s.importReport.dropped.map((d: { text: string }) => d.text).join(" ");
    expect(dropped, "what sanitising removed is kept in the import record").toMatch(/NAV-HOME/);
  });

  it("refuses content with no paragraphs: 422 invalid_content, nothing stored", async () => {
    const before = await snapshot(server.db);
    for (const content of ["   \n\n \u00a0 ", "Share this\n\nSuggest to a friend"]) {
      const res = await analyst.client.post("/api/statements", { title: "Empty", format: "text", content });
      expectError(res, 422, "invalid_content");
    }
    expectError(
      await analyst.client.post("/api/statements", { title: "Empty", format: "html", content: "<nav>Home</nav><script>x()</script>" }),
      422,
      "invalid_content",
    );
    expect(await snapshot(server.db)).toEqual(before);
  });
});

describe("import preview", () => {
  it("shows what an import would create and stores nothing", async () => {
    const before = await snapshot(server.db);
    const res = await analyst.client.post("/api/imports/preview", { format: "markdown", content: MARKDOWN });
    expect(res.status, res.text).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([
      "dropped",
      "duplicates",
      "footnotes",
      "metadata",
      "paragraphs",
      "record",
      "repairs",
      "source",
    ]);
    expect(res.body.paragraphs.map((p: { id: string }) => p.id)).toEqual(["h1", "p1", "p2", "h2", "p3"]);
    expect(res.body.metadata).toMatchObject({ delegation: "Borduria", date: "2024-06-03" });
    expect(res.body.dropped.length).toBeGreaterThan(0);
    expect(await snapshot(server.db)).toEqual(before);
  });

  it("answers a text with no paragraphs with 422 invalid_content, as the import would", async () => {
    const res = await analyst.client.post("/api/imports/preview", { format: "text", content: "Share this\n\nSuggest to a friend" });
    expectError(res, 422, "invalid_content");
  });
});

describe("reading statements", () => {
  let listServer: TestServer;
  let owner: Member;
  const seeds = [
    { title: "Alpha on cybercrime", delegation: "Arcadia", date: "2024-01-10" },
    { title: "Bravo on drugs", delegation: "Borduria", date: "2023-03-02" },
    { title: "Charlie on corruption", delegation: "Carpathia", date: "2024-07-15" },
    { title: "Delta on cyber capacity", delegation: "Dorne", date: "2022-11-30" },
    { title: "Echo on firearms", delegation: "Elbonia", date: "2024-02-20" },
  ];
  beforeAll(async () => {
    listServer = await startTestServer();
    owner = await setUp(listServer);
    for (const s of seeds) await importStatement(owner.client, { ...s, forum: "General Assembly" });
  });
  afterAll(() => listServer.stop());

  it("pages with limit and cursor through every statement exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : "limit=2";
      const res = await owner.client.get(`/api/statements?${query}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((s: { title: string }) => s.title));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(seeds.map((s) => s.title).sort());
  });

  it("sorts by created (newest first by default), title and date", async () => {
    const titles = async (sort?: string) =>
      (await owner.client.get(`/api/statements${sort ? `?sort=${sort}` : ""}`)).body.items.map((s: { title: string }) => s.title);
    const byTitle = seeds.map((s) => s.title).sort();
    expect(await titles()).toEqual(seeds.map((s) => s.title).reverse());
    expect(await titles("created")).toEqual(seeds.map((s) => s.title));
    expect(await titles("title")).toEqual(byTitle);
    expect(await titles("-title")).toEqual([...byTitle].reverse());
    const byDate = [...seeds].sort((a, b) => a.date.localeCompare(b.date)).map((s) => s.title);
    expect(await titles("date")).toEqual(byDate);
    expect(await titles("-date")).toEqual([...byDate].reverse());
  });

  it("searches titles and delegations with q, ignoring case", async () => {
    const q = async (text: string) =>
      (await owner.client.get(`/api/statements?q=${encodeURIComponent(text)}`)).body.items.map((s: { title: string }) => s.title).sort();
    expect(await q("CYBER")).toEqual(["Alpha on cybercrime", "Delta on cyber capacity"]);
    expect(await q("borduria")).toEqual(["Bravo on drugs"]);
    expect(await q("no such thing")).toEqual([]);
  });

  it("gets one statement by slug or by ID, with its paragraphs", async () => {
    const [first] = (await owner.client.get("/api/statements?sort=title&limit=1")).body.items;
    const bySlug = await owner.client.get(`/api/statements/${first.slug}`);
    const byId = await owner.client.get(`/api/statements/${first.id}`);
    expect(bySlug.status).toBe(200);
    expect(byId.body).toEqual(bySlug.body);
    expect(bySlug.body.statement).toMatchObject({ id: first.id, slug: "2024-01-10-unga-arcadia", title: "Alpha on cybercrime" });
    expect(bySlug.body.statement.paragraphs).toHaveLength(6);
    expectError(await owner.client.get("/api/statements/2099-01-01-nothing"), 404, "not_found");
    expectError(await owner.client.get("/api/statements/00000000-0000-4000-8000-000000000000"), 404, "not_found");
  });

  it("counts each statement's annotations by kind, leaving deleted ones out", async () => {
    const [s] = (await owner.client.get("/api/statements?sort=title&limit=1")).body.items;
    await annotate(owner.client, s.slug);
    await annotate(owner.client, s.slug, { attributes: { stance: "supports" } });
    await annotate(owner.client, s.slug, { kind: "commitment", attributes: { strength: "pledge" } });
    const gone = await annotate(owner.client, s.slug, { kind: "cross-reference", attributes: { target: "UNTOC", relation: "cites" } });
    expect((await owner.client.delete(`/api/annotations/${gone.id}`)).status).toBe(204);
    const list = await owner.client.get("/api/statements?sort=title");
    const counts = Object.fromEntries(
      list.body.items.map((i: { slug: string; annotationCounts: unknown }) => [i.slug, i.annotationCounts]),
    );
    expect(counts[s.slug]).toEqual({ position: 2, commitment: 1, "cross-reference": 0 });
    expect(
      Object.values(counts).filter((c) => JSON.stringify(c) === JSON.stringify({ position: 0, commitment: 0, "cross-reference": 0 })),
    ).toHaveLength(4);
    expect((await owner.client.get(`/api/statements/${s.slug}`)).body.statement.annotationCounts).toEqual(counts[s.slug]);
  });
});
