import { StatementEvent } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { openSseAs, type SseConnection } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Deleting and restoring statements (issue 13, item 2): who may, what a deleted statement leaves, and that restoring
// brings all of it back. Editing is in statement-lifecycle.test.ts.
let server: TestServer;
let admin: Member;
let ana: Member;
let ben: Member;
let rita: Member;
let viewer: Member;
const streams: SseConnection[] = [];
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  ben = await member(server, admin.workspaceId, "analyst", "Ben Analyst");
  rita = await member(server, admin.workspaceId, "reviewer", "Rita Reviewer");
  viewer = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
});
afterAll(async () => {
  for (const s of streams) s.close();
  await server.stop();
});

const canDelete = async (who: Member, slug: string): Promise<boolean> =>
  (await who.client.get(`/api/statements/${slug}`)).body.statement.can.delete;
const listedIds = async (who: Member, query = ""): Promise<string[]> =>
  (await who.client.get(`/api/statements${query}`)).body.items.map((s: { id: string }) => s.id);

describe("who may delete a statement", () => {
  it("its importer, while only they have annotated it; they may restore it too", async () => {
    const s = await importStatement(ana.client);
    await annotate(ana.client, s.slug);
    expect(await canDelete(ana, s.slug)).toBe(true);
    expect((await ana.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
    expectError(await ana.client.get(`/api/statements/${s.slug}`), 404, "not_found");
    const restored = await ana.client.post(`/api/statements/${s.slug}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.statement).toMatchObject({ id: s.id, slug: s.slug, annotationCounts: { position: 1 }, can: { delete: true } });
  });

  it("not its importer once someone else has annotated it, nor another analyst, a reviewer or a viewer (403); an admin may", async () => {
    const s = await importStatement(ana.client);
    const theirs = await annotate(ben.client, s.slug);
    await expectUnchanged(server.db, async () => {
      for (const who of [ana, ben, rita, viewer]) {
        expect(await canDelete(who, s.slug)).toBe(false);
        expectError(await who.client.delete(`/api/statements/${s.slug}`), 403, "forbidden");
      }
    });
    // Once the other's annotation is gone, the statement holds only the importer's work again.
    expect((await ben.client.delete(`/api/annotations/${theirs.id}`)).status).toBe(204);
    expect(await canDelete(ana, s.slug)).toBe(true);
    expect((await ben.client.post(`/api/annotations/${theirs.id}/restore`)).status).toBe(200);

    expect(await canDelete(admin, s.slug)).toBe(true);
    expect((await admin.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
    await expectUnchanged(server.db, async () => {
      for (const who of [ana, ben, rita, viewer]) expectError(await who.client.post(`/api/statements/${s.slug}/restore`), 403, "forbidden");
    });
    expect((await admin.client.post(`/api/statements/${s.slug}/restore`)).status).toBe(200);
  });

  it("the library sends each statement's own verdict", async () => {
    const own = await importStatement(ana.client, { title: "Mine alone" });
    const shared = await importStatement(ana.client, { title: "Shared with Ben" });
    await annotate(ben.client, shared.slug);
    const items = (await ana.client.get("/api/statements?q=Mine%20alone")).body.items.concat(
      (await ana.client.get("/api/statements?q=Shared%20with%20Ben")).body.items,
    );
    expect(items.map((s: { id: string; can: { delete: boolean } }) => [s.id, s.can.delete])).toEqual([
      [own.id, true],
      [shared.id, false],
    ]);
  });

  it("deleting twice, or restoring a statement that is not deleted, is not found (404)", async () => {
    const s = await importStatement(ana.client);
    expectError(await admin.client.post(`/api/statements/${s.slug}/restore`), 404, "not_found");
    expect((await admin.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
    expectError(await admin.client.delete(`/api/statements/${s.slug}`), 404, "not_found");
  });
});

describe("a deleted statement", () => {
  let s: { id: string; slug: string; title: string };
  let kept: { id: string; slug: string };
  let own: string;
  let reviewed: string;
  let comment: string;
  beforeAll(async () => {
    s = await importStatement(ana.client, { title: "Statement to be deleted", delegation: "Zembla", date: "2024-06-01" });
    kept = await importStatement(ana.client, { title: "Statement that stays", delegation: "Borduria" });
    own = (await annotate(ana.client, s.slug, { labels: ["gone-with-it"] })).id;
    reviewed = (await annotate(ben.client, s.slug, { target: { paragraphId: "p4", start: 0, end: 12 } })).id;
    await annotate(ana.client, kept.slug);
    expect(
      (await rita.client.post(`/api/annotations/${reviewed}/reviews`, { status: "disputed", version: 1, comment: "Check" })).status,
    ).toBe(200);
    const posted = await rita.client.post(`/api/annotations/${own}/comments`, { body: "Is this a position?" });
    expect(posted.status, posted.text).toBe(201);
    comment = posted.body.comment.id;
    expect((await admin.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
  });

  it("leaves the library and its search, and is not found by slug or ID", async () => {
    expect(await listedIds(ana)).toContain(kept.id);
    expect(await listedIds(ana)).not.toContain(s.id);
    expect(await listedIds(ana, "?q=Zembla")).toEqual([]);
    for (const path of [`/api/statements/${s.slug}`, `/api/statements/${s.id}`, `/api/statements/${s.slug}/presence`])
      expectError(await viewer.client.get(path), 404, "not_found");
    const found = await viewer.client.get(`/api/paragraphs/search?q=${encodeURIComponent("welcome report")}`);
    expect(found.body.items.map((i: { slug: string }) => i.slug)).not.toContain(s.slug);
    expect(found.body.items.map((i: { slug: string }) => i.slug)).toContain(kept.slug);
  });

  it("takes its annotations, comments and history out of reach: listing, reading, changing or adding one is 404", async () => {
    await expectUnchanged(server.db, async () => {
      for (const res of [
        await ana.client.get(`/api/statements/${s.slug}/annotations`),
        await ana.client.post(`/api/statements/${s.slug}/annotations`, {
          kind: "position",
          target: { paragraphId: "p2", start: 0, end: 2 },
          attributes: { stance: "notes" },
        }),
        await ana.client.get(`/api/annotations/${own}`),
        await ana.client.patch(`/api/annotations/${own}`, { version: 1, labels: ["x"] }),
        await ana.client.delete(`/api/annotations/${own}`),
        await rita.client.post(`/api/annotations/${own}/reviews`, { status: "accepted", version: 1 }),
        await ana.client.get(`/api/annotations/${own}/history`),
        await ana.client.get(`/api/annotations/${own}/comments`),
        await ana.client.post(`/api/annotations/${own}/comments`, { body: "Still there?" }),
        await rita.client.patch(`/api/comments/${comment}`, { body: "Edited", version: 1 }),
        await ana.client.get(`/api/statements/${s.slug}/comments`),
        await rita.client.get(`/api/statements/${s.slug}/compare?authors=${ana.userId},${ben.userId}`),
      ])
        expectError(res, 404, "not_found");
    });
  });

  it("is left out of exports, and an export naming it answers 404 like an unknown one", async () => {
    const all = await ana.client.get("/api/exports?format=json");
    expect(all.status, all.text).toBe(200);
    const statements = new Set(all.body.items.map((i: { statementId: string }) => i.statementId));
    expect(statements.has(kept.id)).toBe(true);
    expect(statements.has(s.id)).toBe(false);
    expectError(await ana.client.get(`/api/exports?statement=${s.slug}`), 404, "not_found");
    expectError(await ana.client.get(`/api/exports/preview?statement=${s.slug}`), 404, "not_found");
    const w3c = await ana.client.get("/api/exports?format=w3c");
    expect(w3c.text).not.toContain(own);
  });

  it("is left out of the review queue, the activity feed and the inbox", async () => {
    const queue = await rita.client.get("/api/reviews/queue?status=proposed,disputed");
    expect(queue.status, queue.text).toBe(200);
    expect(queue.body.items.map((i: { statement: { id: string } }) => i.statement.id)).not.toContain(s.id);
    const activity = await ana.client.get("/api/activity");
    expect(activity.body.items.map((i: { statement: { slug: string } }) => i.statement.slug)).not.toContain(s.slug);
    expectError(await ana.client.get(`/api/activity?statement=${s.slug}`), 404, "not_found");
    const inbox = await ana.client.get("/api/inbox?filter=all");
    expect(inbox.status, inbox.text).toBe(200);
    expect(inbox.body.items.map((i: { statement: { slug: string } }) => i.statement.slug)).not.toContain(s.slug);
  });

  it("cannot be assigned, and its assignments are out of sight", async () => {
    expectError(
      await rita.client.post("/api/assignments", { statements: [s.slug], assignees: [ana.userId], task: "tag" }),
      404,
      "not_found",
    );
    const listed = await rita.client.get(`/api/assignments?state=all&statement=${s.slug}`);
    expect(listed.body.items).toEqual([]);
  });

  it("is on the admins' list of deleted statements, most recently deleted first, with who deleted it", async () => {
    const later = await importStatement(ana.client, { title: "Deleted later" });
    expect((await ana.client.delete(`/api/statements/${later.slug}`)).status).toBe(204);
    const res = await admin.client.get("/api/statements/deleted");
    expect(res.status, res.text).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(s.id));
    expect(res.body.items.find((i: { id: string }) => i.id === s.id)).toMatchObject({
      slug: s.slug,
      title: "Statement to be deleted",
      deletedAt: expect.any(String),
      deletedBy: { id: admin.userId, name: "Ada Admin" },
      annotationCounts: { position: 2 },
      can: { delete: true },
    });
    expect(res.body.items.find((i: { id: string }) => i.id === later.id)).toMatchObject({
      deletedBy: { id: ana.userId, name: "Ana Analyst" },
    });
    for (const who of [ana, rita, viewer]) expectError(await who.client.get("/api/statements/deleted"), 403, "forbidden");
    expect((await ana.client.post(`/api/statements/${later.slug}/restore`)).status).toBe(200);
  });

  it("comes back whole when restored: annotations, labels, comments, reviews, exports, queue and inbox", async () => {
    const restored = await admin.client.post(`/api/statements/${s.slug}/restore`);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.statement).toMatchObject({
      id: s.id,
      slug: s.slug,
      title: "Statement to be deleted",
      annotationCounts: { position: 2 },
    });
    expect(await listedIds(ana, "?q=Zembla")).toEqual([s.id]);
    const annotations = (await ana.client.get(`/api/statements/${s.slug}/annotations`)).body.items;
    expect(annotations.map((a: { id: string }) => a.id).sort()).toEqual([own, reviewed].sort());
    expect(annotations.find((a: { id: string }) => a.id === own)).toMatchObject({ labels: ["gone-with-it"], version: 1 });
    expect(annotations.find((a: { id: string }) => a.id === reviewed)).toMatchObject({
      status: "disputed",
      review: { status: "disputed", reviewer: { id: rita.userId }, comment: "Check" },
    });
    const comments = (await ana.client.get(`/api/annotations/${own}/comments`)).body.items;
    expect(comments.map((c: { id: string }) => c.id)).toEqual([comment]);
    const exported = await ana.client.get(`/api/exports?statement=${s.slug}`);
    expect(exported.body.items.map((i: { id: string }) => i.id).sort()).toEqual([own, reviewed].sort());
    const queue = await rita.client.get("/api/reviews/queue?status=proposed,disputed");
    expect(queue.body.items.map((i: { statement: { id: string } }) => i.statement.id)).toContain(s.id);
    const inbox = await ana.client.get("/api/inbox?filter=all");
    expect(inbox.body.items.map((i: { statement: { slug: string } }) => i.statement.slug)).toContain(s.slug);
    // The annotations were never touched: they are at the versions they had.
    expect((await ana.client.get(`/api/annotations/${own}/history`)).body.items.map((i: { action: string }) => i.action)).toEqual([
      "created",
    ]);
  });
});

describe("live", () => {
  it("tells readers of the statement that it was deleted and restored", async () => {
    const s = await importStatement(ana.client);
    const stream = await openSseAs(viewer.client, `/api/statements/${s.slug}/events`);
    streams.push(stream);
    await stream.waitFor((m) => m.event === "ready");
    expect((await ana.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
    const deleted = StatementEvent.parse(JSON.parse((await stream.waitFor((m) => m.event === "statement.deleted")).data));
    expect(deleted).toMatchObject({ type: "statement.deleted", actorId: ana.userId, statement: { id: s.id, slug: s.slug, version: 1 } });
    expect((await ana.client.post(`/api/statements/${s.slug}/restore`)).status).toBe(200);
    const restored = StatementEvent.parse(JSON.parse((await stream.waitFor((m) => m.event === "statement.restored")).data));
    expect(restored).toMatchObject({ type: "statement.restored", statement: { id: s.id } });
  });
});

describe("the slug `deleted`", () => {
  it("is never given to a statement: GET /api/statements/deleted is the deleted list", async () => {
    const s = await importStatement(ana.client, { title: "Deleted", delegation: null, forum: null, date: null });
    expect(s.slug).toBe("deleted-2");
    expect((await ana.client.get(`/api/statements/${s.slug}`)).body.statement.id).toBe(s.id);
    expect((await admin.client.get("/api/statements/deleted")).body.items.map((i: { id: string }) => i.id)).not.toContain(s.id);
  });
});
