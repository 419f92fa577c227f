import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { currentVersion, fuzzy, FUZZY_QUOTE, ORPHAN_QUOTE, orphaned, PLACING_TEXTS } from "./support/placing-fixture.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

let server: TestServer;
let admin: Member;
let analyst: Member;
let otherAnalyst: Member;
let reviewer: Member;
let viewer: Member;
let outsider: Member;

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ann Analyst");
  otherAnalyst = await member(server, admin.workspaceId, "analyst", "Otto Analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer", "Rita Reviewer");
  viewer = await member(server, admin.workspaceId, "viewer", "Val Viewer");
  outsider = await member(server, await newWorkspace(server, "Elsewhere"), "admin", "Olga Outsider");
});
afterAll(() => server.stop());

const place = (m: Member, id: string, body: Record<string, unknown>) => m.client.post(`/api/annotations/${id}/placement`, body);
const paragraphOf = (text: string, n: number) => text.split("\n\n")[n - 1]!;
const NEW_WORDS = "ratify the Convention";

describe("GET /api/placements", () => {
  it("lists an orphan with the paragraph its words were in beside the nearest surviving paragraph", async () => {
    const { slug, id } = await orphaned(analyst.client);
    const res = await viewer.client.get(`/api/placements?statement=${slug}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.counts).toEqual({ fuzzy: 0, orphaned: 1 });
    expect(res.body.items).toHaveLength(1);
    const [item] = res.body.items;
    const old = paragraphOf(PLACING_TEXTS.original, 2);
    expect(item).toMatchObject({
      annotation: { id, anchor: { state: "orphaned", revision: 1 } },
      statement: { slug, revision: 2 },
      was: { revision: 1, paragraphId: "p2", number: 2, text: old, start: old.indexOf(ORPHAN_QUOTE), quote: { exact: ORPHAN_QUOTE } },
      // ¶2 is gone: the paragraph before it (p1) survived.
      now: { paragraphId: "p1", number: 1 },
      can: { place: false },
    });
    expect(item.was.end - item.was.start).toBe(ORPHAN_QUOTE.length);
  });

  it("lists a fuzzy one with its previous quote and the proposed place", async () => {
    const { slug, id } = await fuzzy(analyst.client);
    const res = await analyst.client.get(`/api/placements?statement=${slug}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body.counts).toEqual({ fuzzy: 1, orphaned: 0 });
    const [item] = res.body.items;
    const proposed = paragraphOf(PLACING_TEXTS.respelt, 2);
    const old = paragraphOf(PLACING_TEXTS.original, 2);
    expect(item).toMatchObject({
      annotation: { id, quote: { exact: FUZZY_QUOTE }, anchor: { state: "fuzzy", revision: 2, previousQuote: { exact: ORPHAN_QUOTE } } },
      statement: { slug, revision: 2 },
      now: {
        paragraphId: "p2",
        text: proposed,
        start: proposed.indexOf(FUZZY_QUOTE),
        end: proposed.indexOf(FUZZY_QUOTE) + FUZZY_QUOTE.length,
      },
      was: { revision: 1, paragraphId: "p2", text: old, start: old.indexOf(ORPHAN_QUOTE), quote: { exact: ORPHAN_QUOTE } },
      can: { place: true },
    });
  });

  it("lists the whole workspace, filters by state and pages; another workspace sees none of it", async () => {
    const a = await orphaned(analyst.client);
    const b = await fuzzy(analyst.client);
    const all = await viewer.client.get("/api/placements?limit=200");
    expect(all.status, all.text).toBe(200);
    const ids = all.body.items.map((i: { annotation: { id: string } }) => i.annotation.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.body.counts.orphaned).toBeGreaterThanOrEqual(1);
    expect(all.body.counts.fuzzy).toBeGreaterThanOrEqual(1);

    const fuzzyOnly = await viewer.client.get("/api/placements?state=fuzzy&limit=200");
    expect(fuzzyOnly.body.items.every((i: { annotation: { anchor: { state: string } } }) => i.annotation.anchor.state === "fuzzy")).toBe(
      true,
    );
    expect(fuzzyOnly.body.counts).toEqual(all.body.counts);

    const first = await viewer.client.get("/api/placements?limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await viewer.client.get(`/api/placements?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items[0].annotation.id).not.toBe(first.body.items[0].annotation.id);

    const elsewhere = await outsider.client.get("/api/placements");
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toMatchObject({ items: [], counts: { fuzzy: 0, orphaned: 0 } });
    expectError(await outsider.client.get(`/api/placements?statement=${a.slug}`), 404, "not_found");
  });

  it("leaves out deleted annotations and deleted statements", async () => {
    const dropped = await orphaned(analyst.client);
    expect((await place(analyst, dropped.id, { version: 2, action: "drop" })).status).toBe(200);
    expect((await viewer.client.get(`/api/placements?statement=${dropped.slug}`)).body.items).toEqual([]);
    const gone = await orphaned(analyst.client);
    expect((await admin.client.delete(`/api/statements/${gone.slug}`)).status).toBe(204);
    const all = await viewer.client.get("/api/placements?limit=200");
    expect(all.body.items.map((i: { annotation: { id: string } }) => i.annotation.id)).not.toContain(gone.id);
  });
});

describe("POST /api/annotations/:id/placement", () => {
  it("confirms a fuzzy annotation: anchored where it was placed, history 'placed', event annotation.reanchored", async () => {
    const { id } = await fuzzy(analyst.client);
    const version = await currentVersion(analyst.client, id);
    const res = await place(analyst, id, { version, action: "confirm" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.annotation).toMatchObject({
      id,
      version: version + 1,
      quote: { exact: FUZZY_QUOTE },
      anchor: { state: "anchored", revision: 2 },
    });
    expect(res.body.annotation.anchor.previousQuote).toBeUndefined();
    const history = await viewer.client.get(`/api/annotations/${id}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ action: "placed", actor: { id: analyst.userId } });
    const event = await server.db.event.findFirst({ where: { annotationId: id, type: "annotation.reanchored" } });
    expect(event).not.toBeNull();
    expectError(await place(analyst, id, { version: version + 1, action: "confirm" }), 422, "not_waiting");
  });

  it("places an orphan on new words of the current text, computing the quote", async () => {
    const { slug, id } = await orphaned(analyst.client);
    const p3 = paragraphOf(PLACING_TEXTS.corrected, 3);
    const start = p3.indexOf(NEW_WORDS);
    expectError(await place(analyst, id, { version: 2, action: "confirm" }), 422, "not_waiting");
    const res = await place(analyst, id, {
      version: 2,
      action: "place",
      target: { paragraphId: "p5", start, end: start + NEW_WORDS.length },
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.annotation).toMatchObject({
      version: 3,
      revision: 2,
      target: { paragraphId: "p5", start, end: start + NEW_WORDS.length },
      quote: { exact: NEW_WORDS },
      anchor: { state: "anchored", revision: 2 },
    });
    expect((await viewer.client.get(`/api/placements?statement=${slug}`)).body.counts).toEqual({ fuzzy: 0, orphaned: 0 });
    expect(await server.db.event.count({ where: { annotationId: id, type: "annotation.reanchored" } })).toBe(1);
  });

  it("refuses a target that is not in the current text (422 invalid_target) and changes nothing", async () => {
    const { id } = await orphaned(analyst.client);
    expectError(
      await place(analyst, id, { version: 2, action: "place", target: { paragraphId: "p2", start: 0, end: 5 } }),
      422,
      "invalid_target",
    );
    expectError(
      await place(analyst, id, { version: 2, action: "place", target: { paragraphId: "p1", start: 5, end: 500 } }),
      422,
      "invalid_target",
    );
    expect(await currentVersion(analyst.client, id)).toBe(2);
  });

  it("drops an orphan as a deletion, and restores it", async () => {
    const { slug, id } = await orphaned(analyst.client);
    const dropped = await place(analyst, id, { version: 2, action: "drop" });
    expect(dropped.status, dropped.text).toBe(200);
    expect(dropped.body.annotation).toMatchObject({ id, version: 3 });
    expectError(await viewer.client.get(`/api/annotations/${id}`), 404, "not_found");
    expect(await server.db.event.count({ where: { annotationId: id, type: "annotation.deleted" } })).toBe(1);
    const restored = await place(analyst, id, { version: 3, action: "restore" });
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body.annotation).toMatchObject({ version: 4, anchor: { state: "orphaned" } });
    expect((await viewer.client.get(`/api/placements?statement=${slug}`)).body.counts.orphaned).toBe(1);
  });

  it("answers 409 version_conflict with the current annotation for a stale version", async () => {
    const { id } = await orphaned(analyst.client);
    const res = await place(analyst, id, { version: 1, action: "drop" });
    expectError(res, 409, "version_conflict");
    expect(res.body.error.details.current).toMatchObject({ id, version: 2 });
  });

  it("refuses an anchored annotation (422 not_waiting)", async () => {
    const { slug } = await orphaned(analyst.client);
    const list = await viewer.client.get(`/api/statements/${slug}/annotations`);
    const created = await analyst.client.post(`/api/statements/${slug}/annotations`, {
      kind: "position",
      target: { paragraphId: "p1", start: 3, end: 10 },
      attributes: { stance: "welcomes" },
    });
    expect(created.status, created.text).toBe(201);
    expect(list.status).toBe(200);
    expectError(await place(analyst, created.body.annotation.id, { version: 1, action: "drop" }), 422, "not_waiting");
  });

  it("lets the author, reviewers and admins place; not viewers or other analysts", async () => {
    const { id } = await orphaned(analyst.client);
    expectError(await place(viewer, id, { version: 2, action: "drop" }), 403, "forbidden");
    expectError(await place(otherAnalyst, id, { version: 2, action: "drop" }), 403, "forbidden");
    const byReviewer = await place(reviewer, id, { version: 2, action: "drop" });
    expect(byReviewer.status, byReviewer.text).toBe(200);
    // The reviewer's own undo works though restoreAnnotation is only for those who may change it.
    expect((await place(reviewer, id, { version: 3, action: "restore" })).status).toBe(200);
    expect((await place(admin, id, { version: 4, action: "drop" })).status).toBe(200);
  });

  it("is not found from another workspace", async () => {
    const { id } = await orphaned(analyst.client);
    expectError(await place(outsider, id, { version: 2, action: "drop" }), 404, "not_found");
  });
});
