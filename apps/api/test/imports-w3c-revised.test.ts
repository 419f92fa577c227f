import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
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

type Json = Record<string, any>;

let server: TestServer;
let a: Member;
let slug: string;
/** A's annotations exported while A still had revision 1. */
let beforeRevision: { first: { items: Json[] } };

const revise = async (m: Member) => {
  const res = await m.client.post(`/api/statements/${slug}/revisions`, { format: "text", content: REVISED });
  expect(res.status, res.text).toBe(201);
};
async function deskWith(content: string): Promise<Member> {
  const importer = await member(server, await newWorkspace(server, `Desk ${Math.random()}`), "analyst", "Ivy Importer");
  expect((await importStatement(importer.client, { content })).slug).toBe(slug);
  return importer;
}

beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  a = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  slug = (await importStatement(a.client, { content: ORIGINAL })).slug;
  const tag = (n: number, quote: string) =>
    annotate(a.client, slug, { target: { paragraphId: `p${n}`, ...words(paragraph(ORIGINAL, n), quote) } });
  await tag(2, KEPT_WORDS);
  await tag(3, ORPHAN_WORDS);
  await tag(4, FUZZY_WORDS);
  beforeRevision = JSON.parse((await a.client.get(`/api/exports?format=w3c&statement=${slug}`)).text);
  expect(beforeRevision.first.items).toHaveLength(3);
});
afterAll(() => server.stop());

function byQuote(annotations: Json[], exact: string): Json {
  const found = annotations.find((x) => x.quote.exact === exact);
  if (!found) throw new Error(`no annotation quotes ${exact}`);
  return found;
}

describe("POST /api/imports/w3c of annotations made against an older text", () => {
  it("re-anchors them in the revised text as a revision would: fuzzy ones marked, gone words reported", async () => {
    const b = await deskWith(ORIGINAL);
    await revise(b);
    const res = await b.client.post("/api/imports/w3c", beforeRevision);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 2, fuzzy: 1 });
    expect(res.body.skipped).toMatchObject([{ index: 1, code: "not_anchored" }]);
    const kept = byQuote(res.body.annotations, KEPT_WORDS);
    expect(kept).toMatchObject({
      revision: 2,
      anchor: { state: "anchored", revision: 2 },
      target: { paragraphId: "p2", ...words(paragraph(REVISED, 3), KEPT_WORDS) },
    });
    const fuzzy = byQuote(res.body.annotations, FUZZY_REVISED);
    expect(fuzzy).toMatchObject({
      anchor: { state: "fuzzy", revision: 2, previousQuote: { exact: FUZZY_WORDS } },
      target: { paragraphId: "p4", ...words(paragraph(REVISED, 4), FUZZY_REVISED) },
    });
    // The fuzzy one waits for a person like any other after a revision.
    const stored = await server.db.annotation.findUniqueOrThrow({ where: { id: fuzzy.id } });
    expect(stored).toMatchObject({ anchorState: "fuzzy", anchorRevision: 2, previousQuote: { exact: FUZZY_WORDS } });
  });

  it("places an orphan exported against its revision where that text is still current", async () => {
    await revise(a);
    const orphans = JSON.parse((await a.client.get(`/api/exports?format=w3c&statement=${slug}&anchor=orphaned`)).text);
    expect(orphans.first.items).toHaveLength(1);
    expect(orphans.first.items[0].target.source).toBe(`${server.url}/s/${slug}?revision=1`);
    const c = await deskWith(ORIGINAL);
    const res = await c.client.post("/api/imports/w3c", orphans);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ imported: 1, reanchored: 0, fuzzy: 0, skipped: [] });
    expect(res.body.annotations[0]).toMatchObject({
      anchor: { state: "anchored", revision: 1 },
      quote: { exact: ORPHAN_WORDS },
      target: { paragraphId: "p3", ...words(paragraph(ORIGINAL, 3), ORPHAN_WORDS) },
    });
  });
});
