import { Comment } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let analyst: Member;
let other: Member;
let viewer: Member;
let slug: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  other = await member(server, admin.workspaceId, "analyst", "Otto Other");
  viewer = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
  slug = (await importStatement(analyst.client)).slug;
});
afterAll(() => server.stop());

const paragraph = (...content: object[]) => ({ type: "paragraph", content });
const text = (t: string, marks?: object[]) => ({ type: "text", text: t, ...(marks ? { marks } : {}) });
const doc = (...content: object[]) => ({ type: "doc", content });

async function comment(who: Member, annotationId: string, body: unknown, parentId?: string) {
  const res = await who.client.post(`/api/annotations/${annotationId}/comments`, { body, ...(parentId ? { parentId } : {}) });
  expect(res.status, res.text).toBe(201);
  return Comment.parse(res.body.comment);
}

describe("comments on an annotation", () => {
  it("creates a comment from plain text or a Tiptap document and lists it", async () => {
    const a = await annotate(analyst.client, slug);
    const plain = await comment(other, a.id, "First thought.");
    expect(plain).toMatchObject({
      annotationId: a.id,
      statementId: a.statementId,
      statementSlug: slug,
      parentId: null,
      author: { id: other.userId, name: "Otto Other" },
      body: "First thought.",
      bodyDoc: doc(paragraph(text("First thought."))),
      mentions: [],
      version: 1,
      deleted: false,
      can: { edit: true, delete: true },
    });
    const rich = await comment(analyst, a.id, doc(paragraph(text("Bold ", [{ type: "bold" }]), text("claim"))), plain.id);
    expect(rich).toMatchObject({ parentId: plain.id, body: "Bold claim" });
    // A viewer reads the same comments, and may do nothing with them.
    const asViewer = (c: Comment) => ({ ...c, can: { edit: false, delete: false } });
    const listed = await viewer.client.get(`/api/annotations/${a.id}/comments`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([plain, rich].map(asViewer));
    const all = await viewer.client.get(`/api/statements/${slug}/comments`);
    expect(all.body.items.filter((c: Comment) => c.annotationId === a.id)).toEqual([plain, rich].map(asViewer));
  });

  it("keeps markup as text: nothing is turned into HTML", async () => {
    const a = await annotate(analyst.client, slug);
    const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const c = await comment(analyst, a.id, xss);
    expect(c.body).toBe(xss);
    expect(c.bodyDoc).toEqual(doc(paragraph(text(xss))));
    const refused = await analyst.client.post(`/api/annotations/${a.id}/comments`, {
      body: doc({ type: "html", text: "<b>x</b>" }),
    });
    expect(refused.status).toBe(400);
    const badLink = await analyst.client.post(`/api/annotations/${a.id}/comments`, {
      body: doc(paragraph(text("click", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))),
    });
    expect(badLink.status).toBe(400);
  });

  it("refuses an empty or too long comment (400) and changes nothing", async () => {
    const a = await annotate(analyst.client, slug);
    await expectUnchanged(server.db, async () => {
      for (const body of ["", "   ", doc(paragraph()), "x".repeat(10_001)]) {
        expectError(await analyst.client.post(`/api/annotations/${a.id}/comments`, { body }), 400, "validation_failed");
      }
    });
  });

  it("answers 404 for a parent that is not a comment of the same annotation, and for a deleted annotation", async () => {
    const a = await annotate(analyst.client, slug);
    const b = await annotate(analyst.client, slug);
    const onB = await comment(analyst, b.id, "On B.");
    await expectUnchanged(server.db, async () => {
      expectError(await analyst.client.post(`/api/annotations/${a.id}/comments`, { body: "x", parentId: onB.id }), 404, "not_found");
      expectError(await analyst.client.post(`/api/annotations/${a.id}/comments`, { body: "x", parentId: a.id }), 404, "not_found");
      expectError(await analyst.client.post(`/api/annotations/not-a-uuid/comments`, { body: "x" }), 404, "not_found");
    });
    expect((await analyst.client.delete(`/api/annotations/${b.id}`)).status).toBe(204);
    expectError(await analyst.client.post(`/api/annotations/${b.id}/comments`, { body: "x" }), 404, "not_found");
    expectError(await analyst.client.get(`/api/annotations/${b.id}/comments`), 404, "not_found");
    expectError(await analyst.client.patch(`/api/comments/${onB.id}`, { version: 1, body: "y" }), 404, "not_found");
    const listed = (await analyst.client.get(`/api/statements/${slug}/comments`)).body.items as Comment[];
    expect(listed.map((c) => c.id)).not.toContain(onB.id);
  });
});

describe("editing, deleting and restoring", () => {
  it("the author edits with the version; a stale version gets 409 with the current comment", async () => {
    const a = await annotate(analyst.client, slug);
    const c = await comment(analyst, a.id, "Draft.");
    const edited = await analyst.client.patch(`/api/comments/${c.id}`, { version: 1, body: "Final." });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.comment).toMatchObject({ body: "Final.", version: 2 });
    await expectUnchanged(server.db, async () => {
      const stale = await analyst.client.patch(`/api/comments/${c.id}`, { version: 1, body: "Lost?" });
      expectError(stale, 409, "version_conflict");
      expect(stale.body.error.details.current).toEqual(edited.body.comment);
    });
  });

  it("no one else edits a comment, not even an admin; a viewer cannot comment (403)", async () => {
    const a = await annotate(analyst.client, slug);
    const c = await comment(analyst, a.id, "Mine.");
    await expectUnchanged(server.db, async () => {
      expectError(await other.client.patch(`/api/comments/${c.id}`, { version: 1, body: "Theirs." }), 403, "forbidden");
      expectError(await admin.client.patch(`/api/comments/${c.id}`, { version: 1, body: "Admin's." }), 403, "forbidden");
      expectError(await other.client.delete(`/api/comments/${c.id}`), 403, "forbidden");
      expectError(await viewer.client.post(`/api/annotations/${a.id}/comments`, { body: "Viewer." }), 403, "forbidden");
    });
  });

  it("an admin deletes anyone's comment; only the author or an admin restores it", async () => {
    const a = await annotate(analyst.client, slug);
    const c = await comment(analyst, a.id, "Moderate me.");
    expect((await admin.client.delete(`/api/comments/${c.id}`)).status).toBe(204);
    expectError(await admin.client.delete(`/api/comments/${c.id}`), 404, "not_found");
    expectError(await other.client.post(`/api/comments/${c.id}/restore`), 403, "forbidden");
    const restored = await analyst.client.post(`/api/comments/${c.id}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.comment).toMatchObject({ id: c.id, body: "Moderate me.", version: 3, deleted: false });
    expectError(await analyst.client.post(`/api/comments/${c.id}/restore`), 404, "not_found");
  });

  it("a deleted comment with replies keeps its place without its words; one without replies is not listed", async () => {
    const a = await annotate(analyst.client, slug);
    const root = await comment(analyst, a.id, "Root.");
    const reply = await comment(other, a.id, "Reply.", root.id);
    const lonely = await comment(analyst, a.id, "Lonely.");
    for (const id of [root.id, lonely.id]) expect((await analyst.client.delete(`/api/comments/${id}`)).status).toBe(204);
    const items = (await viewer.client.get(`/api/annotations/${a.id}/comments`)).body.items as Comment[];
    expect(items.map((c) => c.id)).toEqual([root.id, reply.id]);
    expect(items[0]).toMatchObject({ deleted: true, body: "", bodyDoc: null, mentions: [], author: { id: analyst.userId } });
    expectError(await other.client.post(`/api/annotations/${a.id}/comments`, { body: "x", parentId: root.id }), 404, "not_found");
    expect((await other.client.delete(`/api/comments/${reply.id}`)).status).toBe(204);
    expect((await viewer.client.get(`/api/annotations/${a.id}/comments`)).body.items).toEqual([]);
  });
});
