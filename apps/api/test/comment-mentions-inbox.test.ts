import { type InboxItem, InboxPage } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let ana: Member;
let ben: Member;
let vic: Member;
let outsider: Member;
let slug: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  ben = await member(server, admin.workspaceId, "analyst", "Ben Brown");
  vic = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
  outsider = await member(server, await newWorkspace(server), "admin", "Oz Outsider");
  slug = (await importStatement(ana.client)).slug;
});
afterAll(() => server.stop());

const mention = (m: Member, label = "someone") => ({ type: "mention", attrs: { id: m.userId, label } });
const said = (...content: (string | object)[]) => ({
  type: "doc",
  content: [{ type: "paragraph", content: content.map((c) => (typeof c === "string" ? { type: "text", text: c } : c)) }],
});
const post = async (who: Member, annotationId: string, body: unknown, parentId?: string) => {
  const res = await who.client.post(`/api/annotations/${annotationId}/comments`, { body, ...(parentId ? { parentId } : {}) });
  expect(res.status, res.text).toBe(201);
  return res.body.comment;
};
const inbox = async (who: Member, query = "") => {
  const res = await who.client.get(`/api/inbox${query}`);
  expect(res.status, res.text).toBe(200);
  return InboxPage.parse(res.body);
};
/** Every item here is a comment's: nothing in this file is reviewed. */
const commentIdOf = (i: InboxItem) => (i.reason === "verdict" ? null : i.comment.id);
const unread = async (who: Member) => (await who.client.get("/api/inbox/count")).body.unread as number;
const readAll = (who: Member) => who.client.post("/api/inbox/read", { all: true });

describe("mentions", () => {
  it("stores a mention as the member's name, in the document and the plain text", async () => {
    const a = await annotate(ana.client, slug);
    const c = await post(ana, a.id, said("Ask ", mention(ben, "B"), " please"));
    expect(c.body).toBe("Ask @Ben Brown please");
    expect(c.mentions).toEqual([{ id: ben.userId, name: "Ben Brown" }]);
    expect(c.bodyDoc.content[0].content[1]).toEqual({ type: "mention", attrs: { id: ben.userId, label: "Ben Brown" } });
  });

  it("refuses a mention of someone who is not a member (422 invalid_mention), on create and edit", async () => {
    const a = await annotate(ana.client, slug);
    await expectUnchanged(server.db, async () => {
      const res = await ana.client.post(`/api/annotations/${a.id}/comments`, { body: said("Hey ", mention(outsider)) });
      expectError(res, 422, "invalid_mention");
      expect(res.body.error.details.ids).toEqual([outsider.userId]);
    });
    const c = await post(ana, a.id, "Fine.");
    expectError(await ana.client.patch(`/api/comments/${c.id}`, { version: 1, body: said(mention(outsider)) }), 422, "invalid_mention");
  });
});

describe("the inbox", () => {
  it("tells the mentioned and the annotation's author of a comment, and the parent's author of a reply; never oneself", async () => {
    for (const m of [ana, ben, vic, admin]) await readAll(m);
    const a = await annotate(ana.client, slug);
    const top = await post(ben, a.id, said("Noted, ", mention(vic), " and ", mention(ben)));
    expect(await unread(ana)).toBe(1);
    expect(await unread(vic)).toBe(1);
    expect(await unread(ben)).toBe(0);

    const page = await inbox(ana);
    expect(page.unread).toBe(1);
    expect(page.items[0]).toMatchObject({
      reason: "reply",
      readAt: null,
      actor: { id: ben.userId, name: "Ben Brown" },
      comment: { id: top.id, excerpt: "Noted, @Vic Viewer and @Ben Brown" },
      annotation: { id: a.id, kind: "position", quote: a.quote.exact, paragraphId: "p2" },
      statement: { slug, title: "Statement on organized crime" },
    });
    expect((await inbox(vic)).items[0]).toMatchObject({ reason: "mention", comment: { id: top.id } });

    // A reply to Ben that also mentions him: one item, the mention.
    await post(ana, a.id, said("Yes ", mention(ben)), top.id);
    const benItems = (await inbox(ben)).items.filter((i) => i.annotation.id === a.id);
    expect(benItems).toHaveLength(1);
    expect(benItems[0]).toMatchObject({ reason: "mention", actor: { id: ana.userId } });
    // Ana replying to her own comment tells no one.
    const own = await post(ana, a.id, "Self.");
    await post(ana, a.id, "Self again.", own.id);
    expect(await unread(ana)).toBe(1);
  });

  it("an edit tells only the newly mentioned; a reply item becomes an unread mention", async () => {
    for (const m of [ana, ben, vic, admin]) await readAll(m);
    const a = await annotate(ana.client, slug);
    const c = await post(ben, a.id, said("Hi ", mention(vic)));
    await readAll(ana);
    await readAll(vic);
    const edited = await ben.client.patch(`/api/comments/${c.id}`, {
      version: 1,
      body: said("Hi ", mention(vic), mention(ana), mention(admin)),
    });
    expect(edited.status, edited.text).toBe(200);
    expect(await unread(vic)).toBe(0);
    expect(await unread(admin)).toBe(1);
    const anaItems = (await inbox(ana)).items.filter((i) => commentIdOf(i) === c.id);
    expect(anaItems).toMatchObject([{ reason: "mention", readAt: null }]);
  });

  it("shows only one's own items of this workspace; hides deleted comments and annotations", async () => {
    for (const m of [ana, ben]) await readAll(m);
    const a = await annotate(ana.client, slug);
    const c = await post(ben, a.id, "For Ana.");
    expect(await unread(ana)).toBe(1);
    expect((await inbox(ben)).items.map(commentIdOf)).not.toContain(c.id);
    expect((await inbox(outsider)).items).toEqual([]);
    expect((await ben.client.delete(`/api/comments/${c.id}`)).status).toBe(204);
    expect(await unread(ana)).toBe(0);
    expect((await inbox(ana)).items.map(commentIdOf)).not.toContain(c.id);
    expect((await ben.client.post(`/api/comments/${c.id}/restore`)).status).toBe(200);
    expect(await unread(ana)).toBe(1);
    expect((await ana.client.delete(`/api/annotations/${a.id}`)).status).toBe(204);
    expect(await unread(ana)).toBe(0);
  });

  it("marks read only one's own items; others' IDs change nothing", async () => {
    for (const m of [ana, ben, vic]) await readAll(m);
    const a = await annotate(ana.client, slug);
    await post(ben, a.id, said("One ", mention(vic)));
    await post(ben, a.id, said("Two ", mention(vic)));
    const anaItem = (await inbox(ana, "?filter=unread")).items[0]!;
    const vicItems = (await inbox(vic, "?filter=unread")).items;
    expect(vicItems).toHaveLength(2);
    await expectUnchanged(server.db, async () => {
      const res = await ben.client.post("/api/inbox/read", { ids: [anaItem.id, vicItems[0]!.id] });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toEqual({ unread: 0 });
      expect((await outsider.client.post("/api/inbox/read", { ids: [anaItem.id] })).status).toBe(200);
      expect((await outsider.client.post("/api/inbox/read", { all: true })).status).toBe(200);
    });
    const one = await vic.client.post("/api/inbox/read", { ids: [vicItems[0]!.id] });
    expect(one.body).toEqual({ unread: 1 });
    expect((await inbox(vic, "?filter=unread")).items.map((i) => i.id)).toEqual([vicItems[1]!.id]);
    expect((await inbox(vic)).items.find((i) => i.id === vicItems[0]!.id)?.readAt).toEqual(expect.any(String));
    expect((await readAll(vic)).body).toEqual({ unread: 0 });
    // Both comments answer Ana's annotation; Ben's attempt left hers unread.
    expect(await unread(ana)).toBe(2);
    expectError(await vic.client.post("/api/inbox/read", {}), 400, "validation_failed");
    expectError(await vic.client.post("/api/inbox/read", { ids: [anaItem.id], all: true }), 400, "validation_failed");
  });

  it("pages newest first with a cursor", async () => {
    const a = await annotate(ana.client, slug);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(ben, a.id, said(`N${i} `, mention(vic)))).id);
    const seen: (string | null)[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await inbox(vic, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map(commentIdOf));
      cursor = page.nextCursor;
    }
    expect(seen.slice(0, 5)).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
    expectError(await vic.client.get("/api/inbox?cursor=bogus"), 400, "validation_failed");
  });
});
