import { Annotation } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let analyst: Member;
let reviewer: Member;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
});
afterAll(() => server.stop());

describe("listing annotations", () => {
  let list: { slug: string };
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    list = await importStatement(analyst.client, { title: "List", delegation: "Carpathia" });
    ids.a1 = (await annotate(analyst.client, list.slug, { labels: ["cyber"] })).id;
    ids.a2 = (await annotate(analyst.client, list.slug, { kind: "commitment", attributes: { strength: "binding" } })).id;
    ids.r1 = (await annotate(reviewer.client, list.slug, { labels: ["cyber", "drugs"] })).id;
    ids.r2 = (
      await annotate(reviewer.client, list.slug, { kind: "cross-reference", attributes: { target: "UNCAC", relation: "implements" } })
    ).id;
    const review = await reviewer.client.post(`/api/annotations/${ids.a2}/reviews`, { status: "accepted", version: 1 });
    expect(review.status, review.text).toBe(200);
  });
  const listed = async (query = "") => {
    const res = await analyst.client.get(`/api/statements/${list.slug}/annotations${query ? `?${query}` : ""}`);
    expect(res.status, res.text).toBe(200);
    return res.body.items.map((a: { id: string }) => Object.entries(ids).find(([, id]) => id === a.id)?.[0]);
  };

  it("lists every annotation in creation order, filtered by kind, status, author and label", async () => {
    expect(await listed()).toEqual(["a1", "a2", "r1", "r2"]);
    expect(await listed("kind=position")).toEqual(["a1", "r1"]);
    expect(await listed("kind=commitment,cross-reference")).toEqual(["a2", "r2"]);
    expect(await listed("status=accepted")).toEqual(["a2"]);
    expect(await listed("status=proposed")).toEqual(["a1", "r1", "r2"]);
    expect(await listed(`author=${reviewer.userId}`)).toEqual(["r1", "r2"]);
    expect(await listed("label=cyber")).toEqual(["a1", "r1"]);
    expect(await listed(`label=drugs&author=${analyst.userId}`)).toEqual([]);
  });

  it("lists each annotation exactly as GET /api/annotations/:id presents it (rich note, span across paragraphs)", async () => {
    const rich = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "See ", marks: [{ type: "bold" }] }] }] };
    const extra = await annotate(analyst.client, list.slug, {
      target: { paragraphId: "p2", start: 3, end: 5, endParagraphId: "p3" },
      note: rich,
      labels: ["span"],
    });
    const res = await analyst.client.get(`/api/statements/${list.slug}/annotations`);
    for (const item of res.body.items) {
      const one = await analyst.client.get(`/api/annotations/${item.id}`);
      expect(item).toEqual(one.body.annotation);
      expect(Annotation.parse(item)).toEqual(item);
    }
    expect(res.body.items.find((a: { id: string }) => a.id === extra.id)).toMatchObject({
      noteDoc: rich,
      target: { endParagraphId: "p3" },
    });
    expect((await analyst.client.delete(`/api/annotations/${extra.id}`)).status).toBe(204);
  });

  it("pages with limit and nextCursor", async () => {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const res = await analyst.client.get(`/api/statements/${list.slug}/annotations?${query}`);
      pages.push(res.body.items.map((a: { id: string }) => a.id));
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 5);
    expect(pages).toEqual([[ids.a1, ids.a2, ids.r1], [ids.r2]]);
  });
});
