import { type InboxItem, InboxPage, StatementEvent } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { openSseAs, type SseConnection, type SseMessage } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let ana: Member;
let ben: Member;
let rita: Member;
let outsider: Member;
let slug: string;
const streams: SseConnection[] = [];
beforeAll(async () => {
  // A cluster of its own: when a stream delivers an event depends on every transaction in the cluster.
  server = await startTestServer({ ownCluster: true });
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  ben = await member(server, admin.workspaceId, "analyst", "Ben Brown");
  rita = await member(server, admin.workspaceId, "reviewer", "Rita Reviewer");
  outsider = await member(server, await newWorkspace(server), "admin", "Oz Outsider");
  slug = (await importStatement(ana.client)).slug;
});
afterAll(async () => {
  for (const s of streams) s.close();
  await server.stop();
});

type Verdict = "accepted" | "rejected" | "disputed";
const review = async (who: Member, a: { id: string }, version: number, status: Verdict, comment?: string) => {
  const res = await who.client.post(`/api/annotations/${a.id}/reviews`, { status, version, ...(comment ? { comment } : {}) });
  expect(res.status, res.text).toBe(200);
  return res.body.annotation as { version: number };
};
const inbox = async (who: Member) => {
  const res = await who.client.get("/api/inbox");
  expect(res.status, res.text).toBe(200);
  return InboxPage.parse(res.body);
};
const verdictsOn = async (who: Member, annotationId: string): Promise<InboxItem[]> =>
  (await inbox(who)).items.filter((i) => i.reason === "verdict" && i.annotation.id === annotationId);
const unread = async (who: Member) => (await who.client.get("/api/inbox/count")).body.unread as number;
const readAll = (who: Member) => who.client.post("/api/inbox/read", { all: true });

describe("review verdicts in the author's inbox", () => {
  it("tells the author who decided what, with the comment, where the annotation is", async () => {
    await readAll(ana);
    const a = await annotate(ana.client, slug);
    await review(rita, a, 1, "disputed", "The stance is closer to noting than welcoming.");
    expect(await unread(ana)).toBe(1);
    expect(await verdictsOn(ana, a.id)).toMatchObject([
      {
        reason: "verdict",
        readAt: null,
        actor: { id: rita.userId, name: "Rita Reviewer" },
        review: { status: "disputed", comment: "The stance is closer to noting than welcoming." },
        annotation: { id: a.id, kind: "position", quote: a.quote.exact, paragraphId: "p2", paragraphNumber: 2 },
        statement: { slug, title: "Statement on organized crime" },
      },
    ]);
    // The reviewer is told nothing of their own decision.
    expect(await verdictsOn(rita, a.id)).toEqual([]);
  });

  it("carries no comment when the review had none, and is marked read like any item", async () => {
    await readAll(ana);
    const a = await annotate(ana.client, slug);
    await review(rita, a, 1, "accepted");
    const [item] = await verdictsOn(ana, a.id);
    expect(item).toMatchObject({ review: { status: "accepted", comment: null }, readAt: null });
    const res = await ana.client.post("/api/inbox/read", { ids: [item!.id] });
    expect(res.body).toEqual({ unread: 0 });
    expect((await verdictsOn(ana, a.id))[0]?.readAt).toEqual(expect.any(String));
  });

  it("tells no one of a review of one's own annotation", async () => {
    for (const m of [rita, admin]) await readAll(m);
    const ritas = await annotate(rita.client, slug);
    const admins = await annotate(admin.client, slug);
    await review(rita, ritas, 1, "accepted", "Mine, and right.");
    await review(admin, admins, 1, "rejected");
    expect(await unread(rita)).toBe(0);
    expect(await unread(admin)).toBe(0);
    expect(await server.db.inboxItem.count({ where: { verdictAnnotationId: { in: [ritas.id, admins.id] } } })).toBe(0);
  });

  it("keeps one item per annotation: a changed verdict takes the place of the earlier one, unread again", async () => {
    await readAll(ana);
    const a = await annotate(ana.client, slug);
    const first = await review(rita, a, 1, "accepted");
    const [before] = await verdictsOn(ana, a.id);
    await readAll(ana);
    const second = await review(rita, a, first.version, "rejected", "Not a position: a procedural remark.");
    const [after] = await verdictsOn(ana, a.id);
    expect(after).toMatchObject({
      id: before!.id,
      readAt: null,
      review: { status: "rejected", comment: "Not a position: a procedural remark." },
    });
    expect(Date.parse(after!.createdAt)).toBeGreaterThan(Date.parse(before!.createdAt));
    // Another reviewer's verdict, too, is the same item, now in their name.
    await review(admin, a, second.version, "accepted");
    expect(await verdictsOn(ana, a.id)).toMatchObject([{ id: before!.id, actor: { id: admin.userId }, review: { status: "accepted" } }]);
    expect(await unread(ana)).toBe(1);
    // The annotation's history keeps every review.
    expect(await server.db.review.count({ where: { annotationId: a.id } })).toBe(3);
  });

  it("is the author's alone: others see nothing of it and cannot mark it read", async () => {
    await readAll(ana);
    const a = await annotate(ana.client, slug);
    await review(rita, a, 1, "rejected", "Wrong paragraph.");
    const [item] = await verdictsOn(ana, a.id);
    for (const other of [ben, rita, admin, outsider]) expect(await verdictsOn(other, a.id)).toEqual([]);
    await expectUnchanged(server.db, async () => {
      expect((await ben.client.post("/api/inbox/read", { ids: [item!.id] })).status).toBe(200);
      expect((await outsider.client.post("/api/inbox/read", { ids: [item!.id] })).status).toBe(200);
    });
    expect(await unread(ana)).toBe(1);
  });

  it("hides the item while the annotation is deleted", async () => {
    await readAll(ana);
    const a = await annotate(ana.client, slug);
    await review(rita, a, 1, "accepted");
    expect(await unread(ana)).toBe(1);
    expect((await ana.client.delete(`/api/annotations/${a.id}`)).status).toBe(204);
    expect(await unread(ana)).toBe(0);
    expect(await verdictsOn(ana, a.id)).toEqual([]);
    expect((await ana.client.post(`/api/annotations/${a.id}/restore`)).status).toBe(200);
    expect(await unread(ana)).toBe(1);
  });

  it("tells each author when a version is adopted in compare", async () => {
    for (const m of [ana, ben]) await readAll(m);
    const mine = await annotate(ana.client, slug);
    const his = await annotate(ben.client, slug, { attributes: { stance: "notes" } });
    const res = await admin.client.post(`/api/statements/${slug}/compare/adopt`, {
      annotationId: mine.id,
      version: 1,
      reject: [{ id: his.id, version: 1 }],
    });
    expect(res.status, res.text).toBe(200);
    expect(await verdictsOn(ana, mine.id)).toMatchObject([{ actor: { id: admin.userId }, review: { status: "accepted" } }]);
    expect(await verdictsOn(ben, his.id)).toMatchObject([{ actor: { id: admin.userId }, review: { status: "rejected" } }]);
  });
});

describe("live", () => {
  const reviewedEvent = (id: string) => (m: SseMessage) => {
    if (m.event !== "annotation.reviewed") return false;
    const e = StatementEvent.parse(JSON.parse(m.data));
    return "annotation" in e && e.annotation.id === id;
  };

  it("streams the verdict to the author's reader, and the inbox holds it when the event arrives", async () => {
    await readAll(ana);
    const stream = await openSseAs(ana.client, `/api/statements/${slug}/events`);
    streams.push(stream);
    expect(stream.status, stream.errorText).toBe(200);
    await stream.waitFor((m) => m.event === "ready");
    const a = await annotate(ana.client, slug);
    await review(rita, a, 1, "disputed", "Check the verbatim record.");

    const event = StatementEvent.parse(JSON.parse((await stream.waitFor(reviewedEvent(a.id), 2_000)).data));
    // What the web app looks at to fetch the inbox again: a review by someone else of the reader's own annotation.
    expect(event).toMatchObject({
      type: "annotation.reviewed",
      actorId: rita.userId,
      annotation: {
        id: a.id,
        author: { id: ana.userId },
        review: { status: "disputed", reviewer: { id: rita.userId }, comment: "Check the verbatim record." },
      },
    });
    // The item was written in the review's transaction, so it is there as soon as the event is.
    expect(await verdictsOn(ana, a.id)).toMatchObject([{ review: { status: "disputed", comment: "Check the verbatim record." } }]);
  });
});
