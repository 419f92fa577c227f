import { randomUUID } from "node:crypto";
import { ActivityPage } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const LONG = `We reaffirm ${"our steadfast commitment to the rule of law and to international cooperation ".repeat(4)}today.`;

let server: TestServer;
let admin: Member;
let ann: Member;
let rex: Member;
let first: { slug: string; id: string };
let second: { slug: string; id: string };
let tagged: { id: string };
let deleted: { id: string };
let commentId: string;

interface Item {
  id: string;
  type: string;
  actor: { id: string; name: string };
  statement: { slug: string; title: string };
  annotation: { id: string; kind: string; quote: string; paragraphId: string } | null;
  review: { status: string } | null;
  comment: { id: string; excerpt: string } | null;
}

/** Ann tags, edits and deletes on the first statement; Rex reviews; the admin tags the second; then a comment and an event type this version does not know. */
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ann = await member(server, admin.workspaceId, "analyst", "Ann Analyst");
  rex = await member(server, admin.workspaceId, "reviewer", "Rex Reviewer");
  first = await importStatement(admin.client, { title: "First statement" });
  second = await importStatement(admin.client, { title: "Second statement", content: LONG });
  tagged = await annotate(ann.client, first.slug);
  expect((await ann.client.patch(`/api/annotations/${tagged.id}`, { version: 1, labels: ["edited"] })).status).toBe(200);
  expect((await rex.client.post(`/api/annotations/${tagged.id}/reviews`, { status: "accepted", version: 2 })).status).toBe(200);
  deleted = await annotate(ann.client, first.slug, {
    kind: "commitment",
    target: { paragraphId: "p3", start: 95, end: 121 },
    attributes: { strength: "pledge" },
  });
  expect((await ann.client.delete(`/api/annotations/${deleted.id}`)).status).toBe(204);
  await annotate(admin.client, second.slug, { target: { paragraphId: "p1", start: 0, end: LONG.length } });

  const comment = await server.db.comment.create({
    data: {
      workspaceId: admin.workspaceId,
      statementId: first.id,
      annotationId: tagged.id,
      authorId: rex.userId,
      bodyText: "Agreed, @Ann — this is a clear welcome.",
      bodyRich: {},
    },
  });
  commentId = comment.id;
  await server.db.event.create({
    data: {
      workspaceId: admin.workspaceId,
      statementId: first.id,
      annotationId: tagged.id,
      actorId: rex.userId,
      type: "comment.created",
      payload: { id: comment.id, annotationId: tagged.id, statementId: first.id, body: comment.bodyText },
    },
  });
  await server.db.event.create({
    data: { workspaceId: admin.workspaceId, statementId: second.id, actorId: admin.userId, type: "statement.renamed", payload: [] },
  });
});
afterAll(() => server.stop());

const feed = async (client: Member["client"], query = ""): Promise<Item[]> => {
  const res = await client.get(`/api/activity${query ? `?${query}` : ""}`);
  expect(res.status, res.text).toBe(200);
  expect(ActivityPage.safeParse(res.body).error?.issues).toBeUndefined();
  return res.body.items;
};
const outline = (items: Item[]) => items.map((i) => [i.type, i.actor.name, i.statement.slug]);

describe("activity feed", () => {
  it("lists the workspace's changes newest first, with who, where and what", async () => {
    const items = await feed(admin.client);
    expect(outline(items)).toEqual([
      ["statement.renamed", "Ada Admin", second.slug],
      ["comment.created", "Rex Reviewer", first.slug],
      ["annotation.created", "Ada Admin", second.slug],
      ["annotation.deleted", "Ann Analyst", first.slug],
      ["annotation.created", "Ann Analyst", first.slug],
      ["annotation.reviewed", "Rex Reviewer", first.slug],
      ["annotation.updated", "Ann Analyst", first.slug],
      ["annotation.created", "Ann Analyst", first.slug],
    ]);
    const ids = items.map((i) => BigInt(i.id));
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    const [unknown, comment, long, gone, , reviewed] = items;
    expect(unknown).toMatchObject({ annotation: null, review: null, comment: null, statement: { title: "Second statement" } });
    expect(comment).toMatchObject({
      annotation: { id: tagged.id, kind: "position", quote: "welcome", paragraphId: "p2" },
      comment: { id: commentId, excerpt: "Agreed, @Ann — this is a clear welcome." },
      review: null,
    });
    expect(reviewed).toMatchObject({ review: { status: "accepted" }, annotation: { id: tagged.id, quote: "welcome" }, comment: null });
    // A deletion's payload names the annotation only; its kind and quote come from the stored row.
    expect(gone?.annotation).toEqual({ id: deleted.id, kind: "commitment", quote: "We will host a workshop in", paragraphId: "p3" });
    // Long quotes are cut at a word, to about 160 characters.
    expect(long?.annotation?.quote.length).toBeLessThanOrEqual(161);
    expect(long?.annotation?.quote).toMatch(/^We reaffirm our steadfast commitment .*[a-z]…$/);
    expect(typeof items[0]?.id).toBe("string");
  });

  it("narrows to one member, one statement or some types and families", async () => {
    expect(outline(await feed(admin.client, `member=${rex.userId}`))).toEqual([
      ["comment.created", "Rex Reviewer", first.slug],
      ["annotation.reviewed", "Rex Reviewer", first.slug],
    ]);
    expect(await feed(admin.client, `member=${randomUUID()}`)).toEqual([]);
    expect((await feed(admin.client, `statement=${second.slug}`)).map((i) => i.type)).toEqual(["statement.renamed", "annotation.created"]);
    expect((await feed(admin.client, `statement=${second.id}`)).map((i) => i.type)).toHaveLength(2);
    expect((await feed(admin.client, "type=review,comment")).map((i) => i.type)).toEqual(["comment.created", "annotation.reviewed"]);
    expect((await feed(admin.client, "type=annotation")).map((i) => i.type)).toEqual([
      "annotation.created",
      "annotation.deleted",
      "annotation.created",
      "annotation.updated",
      "annotation.created",
    ]);
    expect((await feed(admin.client, `type=annotation.deleted&member=${ann.userId}&statement=${first.slug}`)).map((i) => i.type)).toEqual([
      "annotation.deleted",
    ]);
  });

  it("pages with a cursor, newest first, without gaps or repeats", async () => {
    const all = await feed(admin.client);
    const seen: Item[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await admin.client.get(`/api/activity?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
  });

  it("is open to viewers, and keeps every workspace to itself", async () => {
    const viewer = await member(server, admin.workspaceId, "viewer");
    expect(await feed(viewer.client)).toHaveLength(8);
    const outsider = await member(server, await newWorkspace(server), "admin");
    expect(await feed(outsider.client)).toEqual([]);
    expectError(await outsider.client.get(`/api/activity?statement=${first.slug}`), 404, "not_found");
    expectError(await outsider.client.get(`/api/activity?statement=${first.id}`), 404, "not_found");
  });

  it("refuses bad filters with 400", async () => {
    for (const query of ["member=ann", "type=everything", "limit=0", "limit=101", "cursor=abc", "surprise=1"]) {
      expectValidationIssues(await admin.client.get(`/api/activity?${query}`));
    }
  });
});
