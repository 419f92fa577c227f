import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectValidationIssues } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import {
  FUZZY_REVISED,
  FUZZY_WORDS,
  KEPT_WORDS,
  ORIGINAL,
  ORPHAN_WORDS,
  paragraph,
  REVISED,
  words,
} from "./support/revised-text-fixture.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { checkW3c } from "./support/w3c-checker.ts";

type Json = Record<string, any>;

let server: TestServer;
let analyst: Member;
let slug: string;
/** Tags made on revision 1: `kept` stays on its words, `fuzzy` is placed approximately, `orphan` loses its words; `fresh` is made on revision 2. */
const ids = { kept: "", fuzzy: "", orphan: "", fresh: "" };
type Name = keyof typeof ids;
const nameOf = (id: string): string => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ann Analyst");
  slug = (await importStatement(analyst.client, { content: ORIGINAL })).slug;
  const tag = async (id: string, text: string, quote: string) =>
    (await annotate(analyst.client, slug, { target: { paragraphId: id, ...words(text, quote) } })).id as string;
  ids.kept = await tag("p2", paragraph(ORIGINAL, 2), KEPT_WORDS);
  ids.orphan = await tag("p3", paragraph(ORIGINAL, 3), ORPHAN_WORDS);
  ids.fuzzy = await tag("p4", paragraph(ORIGINAL, 4), FUZZY_WORDS);
  const revised = await analyst.client.post(`/api/statements/${slug}/revisions`, { format: "text", content: REVISED, note: "Rev.1" });
  expect(revised.status, revised.text).toBe(201);
  expect(revised.body.anchoring).toMatchObject({ total: 3, fuzzy: 1, orphaned: 1 });
  expect(revised.body.statement.paragraphs.map((p: Json) => [p.id, p.number])).toEqual([
    ["p6", 1],
    ["p1", 2],
    ["p2", 3],
    ["p4", 4],
    ["p5", 5],
  ]);
  ids.fresh = await tag("p6", paragraph(REVISED, 1), "convening this debate");
});
afterAll(() => server.stop());

const get = async (path: string) => {
  const res = await analyst.client.get(path);
  expect(res.status, res.text.slice(0, 500)).toBe(200);
  return res;
};
const jsonItems = async (query = ""): Promise<Json[]> => (await get(`/api/exports?format=json${query}`)).body.items;
const csvRows = async (query = ""): Promise<Json[]> => parse((await get(`/api/exports?format=csv${query}`)).text, { columns: true });
const w3cItems = async (query = ""): Promise<Json[]> => JSON.parse((await get(`/api/exports?format=w3c${query}`)).text).first?.items ?? [];
const names = (list: Json[], key = "id") => list.map((x) => nameOf(String(x[key]).replace(/^.*\/api\/annotations\//, "")));

describe("exports after a revision: every format on each annotation's current anchoring", () => {
  it("leaves orphans out of every format by default, and counts without them", async () => {
    const inOrder: Name[] = ["fresh", "kept", "fuzzy"];
    expect(names(await jsonItems())).toEqual(inOrder);
    expect(names(await csvRows(), "annotation_id")).toEqual(inOrder);
    expect(names(await w3cItems())).toEqual(inOrder);
    for (const format of ["md", "html"]) {
      const brief = (await get(`/api/exports?format=${format}`)).text;
      expect(brief).toContain(KEPT_WORDS);
      expect(brief).not.toContain(ORPHAN_WORDS);
    }
    for (const format of ["json", "csv", "md", "html", "w3c", "docx"]) {
      expect((await get(`/api/exports?format=${format}`)).headers.get("x-export-count"), format).toBe("3");
    }
  });

  it("exports orphans only when asked for: anchor=orphaned for them alone, or every state listed", async () => {
    expect(names(await jsonItems("&anchor=orphaned"))).toEqual(["orphan"]);
    expect(names(await csvRows("&anchor=orphaned"), "annotation_id")).toEqual(["orphan"]);
    expect(names(await w3cItems("&anchor=orphaned"))).toEqual(["orphan"]);
    const md = (await get("/api/exports?format=md&anchor=orphaned")).text;
    expect(md).toContain(ORPHAN_WORDS);
    expect(md).toContain("Anchoring");
    expect(names(await jsonItems("&anchor=fuzzy"))).toEqual(["fuzzy"]);
    expect(new Set(names(await jsonItems("&anchor=anchored,fuzzy,orphaned")))).toEqual(new Set(["fresh", "kept", "fuzzy", "orphan"]));
  });

  it("gives the export preview's counts under the same filter", async () => {
    expect((await get("/api/exports/preview?limit=0")).body).toMatchObject({ count: 3, statements: 1 });
    expect((await get("/api/exports/preview?limit=5&anchor=orphaned")).body).toMatchObject({ count: 1, statements: 1 });
    const all = (await get("/api/exports/preview?limit=5&anchor=orphaned,fuzzy,anchored")).body;
    expect(all.count).toBe(4);
    expect(names(all.items)).toContain("orphan");
  });

  it("refuses an anchor state it does not know", async () => {
    expectValidationIssues(await analyst.client.get("/api/exports?anchor=lost"));
    expectValidationIssues(await analyst.client.get("/api/exports/preview?anchor=anchored,lost"));
  });

  it("carries each annotation's anchor, its current words, and the numbers of the revision annotated and the current one", async () => {
    const items = new Map((await jsonItems("&anchor=anchored,fuzzy,orphaned")).map((x) => [nameOf(x.id), x]));
    const at = (quote: string) => `Arcadia, UN Security Council open debate, 1 May 2024, ${quote}`;
    // Made on revision 1 as ¶2, now on the same words in revision 2, where they are ¶3.
    expect(items.get("kept")).toMatchObject({
      revision: 1,
      anchor: { state: "anchored", revision: 2 },
      paragraphs: { number: 2, currentNumber: 3 },
      citation: `${at("¶2 (now ¶3)")} (${slug}#p2)`,
    });
    // Placed approximately on the edited words, the quote it had kept for a person to compare.
    expect(items.get("fuzzy")).toMatchObject({
      anchor: { state: "fuzzy", revision: 2, previousQuote: { exact: FUZZY_WORDS } },
      quote: { exact: FUZZY_REVISED },
      paragraphs: { number: 4, currentNumber: 4 },
      citation: `${at("¶4")} (${slug}#p4)`,
    });
    // Its words are gone: it keeps revision 1's target and quote, and the citation says so.
    expect(items.get("orphan")).toMatchObject({
      anchor: { state: "orphaned", revision: 1 },
      quote: { exact: ORPHAN_WORDS },
      paragraphs: { number: 3, currentNumber: null },
      citation: `${at("¶3 (words since removed)")} (${slug}#p3)`,
    });
    expect(items.get("fresh")).toMatchObject({
      revision: 2,
      paragraphs: { number: 1, currentNumber: 1 },
      citation: `${at("¶1")} (${slug}#p6)`,
    });
    const short = new Map((await jsonItems("&anchor=anchored,orphaned&citation=un")).map((x) => [nameOf(x.id), x.citation]));
    expect(short.get("kept")).toBe("Arcadia, UN Security Council open debate, 1 May 2024, para. 2 (now para. 3)");
    expect(short.get("orphan")).toBe("Arcadia, UN Security Council open debate, 1 May 2024, para. 3 (words since removed)");
  });

  it("writes the anchor state and revision in CSV", async () => {
    const rows = new Map((await csvRows("&anchor=anchored,fuzzy,orphaned")).map((r) => [nameOf(r.annotation_id), r]));
    expect(rows.get("kept")).toMatchObject({ revision: "1", anchor_state: "anchored", anchor_revision: "2", paragraph_number: "2" });
    expect(rows.get("orphan")).toMatchObject({ anchor_state: "orphaned", anchor_revision: "1", current_paragraph_number: "" });
  });

  it("exports an orphan to W3C against the revision it is anchored in, positions counted in that revision's text", async () => {
    const doc = JSON.parse((await get("/api/exports?format=w3c&anchor=anchored,fuzzy,orphaned")).text);
    expect(checkW3c(doc, "export-after-revision")).toEqual({ annotations: 4, problems: [] });
    const items = new Map((doc.first.items as Json[]).map((x) => [nameOf(String(x.id).replace(/^.*\/api\/annotations\//, "")), x]));
    const orphan = items.get("orphan")!;
    expect(orphan["verbatim:anchor"]).toEqual({ state: "orphaned", revision: 1 });
    expect(orphan.target.source).toBe(`${server.url}/s/${slug}?revision=1`);
    const utf16 = words(paragraph(ORIGINAL, 3), ORPHAN_WORDS);
    // One code point for the globe's two UTF-16 units before the words.
    expect(orphan.target.selector).toContainEqual(
      expect.objectContaining({ value: "p3", refinedBy: { type: "TextPositionSelector", start: utf16.start - 1, end: utf16.end - 1 } }),
    );
    const fuzzy = items.get("fuzzy")!;
    expect(fuzzy.target.source).toBe(`${server.url}/s/${slug}`);
    expect(fuzzy["verbatim:anchor"]).toMatchObject({ state: "fuzzy", revision: 2, previousQuote: { exact: FUZZY_WORDS } });
    const revised = words(paragraph(REVISED, 4), FUZZY_REVISED);
    expect(fuzzy.target.selector).toContainEqual(
      expect.objectContaining({ value: "p4", refinedBy: { type: "TextPositionSelector", ...revised } }),
    );
    expect(items.get("kept")!["verbatim:anchor"]).toEqual({ state: "anchored", revision: 2 });
  });
});
