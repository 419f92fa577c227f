import { ReviewQueuePage } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let ana: Member;
let bo: Member;
let rex: Member;
let s1: { id: string; slug: string };
let s2: { id: string; slug: string };
const ids: Record<string, string> = {};
const commitment = { kind: "commitment", attributes: { strength: "pledge" } };

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  bo = await member(server, admin.workspaceId, "analyst", "Bo Analyst");
  rex = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  s1 = await importStatement(ana.client, { title: "First statement", delegation: "Arcadia" });
  s2 = await importStatement(bo.client, { title: "Second statement", delegation: "Borduria", date: "2024-06-01" });
  // Created one after another, so oldest first is this order.
  ids.a1 = (await annotate(ana.client, s1.slug, { labels: ["cyber"] })).id;
  ids.b1 = (await annotate(bo.client, s1.slug, commitment)).id;
  ids.a2 = (await annotate(ana.client, s2.slug, { target: { paragraphId: "p3", start: 4, end: 15 } })).id;
  ids.b2 = (await annotate(bo.client, s2.slug, { ...commitment, labels: ["cyber"] })).id;
  ids.accepted = (await annotate(ana.client, s1.slug)).id;
  ids.deleted = (await annotate(ana.client, s1.slug)).id;
  ids.disputed = (await annotate(bo.client, s2.slug)).id;
  expect((await rex.client.post(`/api/annotations/${ids.accepted}/reviews`, { status: "accepted", version: 1 })).status).toBe(200);
  expect((await rex.client.post(`/api/annotations/${ids.disputed}/reviews`, { status: "disputed", version: 1 })).status).toBe(200);
  expect((await ana.client.delete(`/api/annotations/${ids.deleted}`)).status).toBe(204);
});
afterAll(() => server.stop());

async function queue(query = "", client = rex.client): Promise<ReviewQueuePage> {
  const res = await client.get(`/api/reviews/queue${query ? `?${query}` : ""}`);
  expect(res.status, res.text).toBe(200);
  return ReviewQueuePage.parse(res.body);
}
const idsOf = (page: ReviewQueuePage) => page.items.map((i) => i.annotation.id);

describe("the review queue", () => {
  it("lists proposed annotations across statements, oldest first, without reviewed or deleted ones", async () => {
    const page = await queue();
    expect(idsOf(page)).toEqual([ids.a1, ids.b1, ids.a2, ids.b2]);
    expect(page.total).toBe(4);
    expect(page.nextCursor).toBeNull();
    expect(page.items.every((i) => i.annotation.status === "proposed" && i.annotation.review === null)).toBe(true);
  });

  it("gives each item its statement and the paragraph around the quote", async () => {
    const item = (await queue()).items.find((i) => i.annotation.id === ids.a2)!;
    expect(item.statement).toEqual({ id: s2.id, slug: s2.slug, title: "Second statement", delegation: "Borduria", date: "2024-06-01" });
    expect(item.paragraph).toMatchObject({ id: "p3", number: expect.any(Number) });
    expect(item.paragraph.text?.slice(item.annotation.target.start, item.annotation.target.end)).toBe(item.annotation.quote.exact);
    expect(item.annotation).toMatchObject({ statementSlug: s2.slug, author: { id: ana.userId, name: "Ana Analyst" } });
  });

  it("filters by statement, author, kind, label and status", async () => {
    expect(idsOf(await queue(`statement=${s1.slug}`))).toEqual([ids.a1, ids.b1]);
    expect(idsOf(await queue(`statement=${s1.slug},${s2.slug}&author=${bo.userId}`))).toEqual([ids.b1, ids.b2]);
    expect(idsOf(await queue("kind=commitment"))).toEqual([ids.b1, ids.b2]);
    expect(idsOf(await queue("label=cyber"))).toEqual([ids.a1, ids.b2]);
    expect(idsOf(await queue("status=disputed"))).toEqual([ids.disputed]);
    expect(idsOf(await queue("status=proposed,disputed&statement=" + s2.slug))).toEqual([ids.a2, ids.b2, ids.disputed]);
    expect(idsOf(await queue("statement=no-such-statement"))).toEqual([]);
  });

  it("counts facets under the other filters, each ignoring its own", async () => {
    const page = await queue(`statement=${s1.slug}&author=${ana.userId}`);
    expect(page.total).toBe(1);
    expect(page.facets.statements).toEqual([
      { slug: s1.slug, title: "First statement", count: 1 },
      { slug: s2.slug, title: "Second statement", count: 1 },
    ]);
    expect(page.facets.authors).toEqual([
      { id: ana.userId, name: "Ana Analyst", count: 1 },
      { id: bo.userId, name: "Bo Analyst", count: 1 },
    ]);
  });

  it("pages with a cursor, keeping the order and the total", async () => {
    const first = await queue("limit=3");
    expect(idsOf(first)).toEqual([ids.a1, ids.b1, ids.a2]);
    expect(first.total).toBe(4);
    const second = await queue(`limit=3&cursor=${first.nextCursor}`);
    expect(idsOf(second)).toEqual([ids.b2]);
    expect(second.nextCursor).toBeNull();
    expectError(await rex.client.get("/api/reviews/queue?cursor=forged"), 400, "validation_failed");
  });

  it("drops an annotation once reviewed, and brings it back when an edit returns it to proposed", async () => {
    const id = (await annotate(ana.client, s1.slug)).id;
    expect(idsOf(await queue())).toContain(id);
    expect((await rex.client.post(`/api/annotations/${id}/reviews`, { status: "rejected", version: 1 })).status).toBe(200);
    expect(idsOf(await queue())).not.toContain(id);
    expect((await ana.client.patch(`/api/annotations/${id}`, { version: 2, note: "reworded" })).status).toBe(200);
    expect(idsOf(await queue())).toContain(id);
  });

  it("is for reviewers and admins only, and shows only the caller's workspace", async () => {
    expect(idsOf(await queue("", admin.client))).toEqual(idsOf(await queue()));
    expectError(await ana.client.get("/api/reviews/queue"), 403, "forbidden");
    const viewer = await member(server, admin.workspaceId, "viewer");
    expectError(await viewer.client.get("/api/reviews/queue"), 403, "forbidden");
    const outsider = await member(server, await newWorkspace(server), "admin");
    const theirs = await queue("", outsider.client);
    expect(theirs).toEqual({ items: [], nextCursor: null, total: 0, facets: { statements: [], authors: [] } });
  });
});
