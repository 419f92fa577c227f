import { StatementEvent } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectValidationIssues } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { importStatement, member, type Member, setUp } from "./support/factories.ts";
import { openSseAs, type SseConnection } from "./support/sse-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Editing a statement's metadata (issue 13, item 1): analysts and above, compare-and-set on its version, every change
// kept in its history, the slug never touched. Deleting and restoring are in statement-delete.test.ts.
let server: TestServer;
let admin: Member;
let ana: Member;
let ben: Member;
let viewer: Member;
const streams: SseConnection[] = [];
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  ana = await member(server, admin.workspaceId, "analyst", "Ana Analyst");
  ben = await member(server, admin.workspaceId, "analyst", "Ben Analyst");
  viewer = await member(server, admin.workspaceId, "viewer", "Vic Viewer");
});
afterAll(async () => {
  for (const s of streams) s.close();
  await server.stop();
});

const historyOf = async (slug: string) => {
  const res = await viewer.client.get(`/api/statements/${slug}/history`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
};

describe("PATCH /api/statements/:idOrSlug", () => {
  it("changes the fields sent, clears those sent as null, keeps the others and the slug, and moves the version on", async () => {
    const s = await importStatement(ana.client, { speaker: "Mr. Smith", meetingSymbol: "S/PV.9500" });
    const res = await ben.client.patch(`/api/statements/${s.slug}`, {
      version: 1,
      title: "Statement on transnational organized crime",
      speaker: null,
      onBehalfOf: "Group of Friends",
      date: "2024-05-02",
      sourceUrl: "https://example.org/statements/arcadia",
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.statement).toMatchObject({
      id: s.id,
      slug: s.slug,
      version: 2,
      title: "Statement on transnational organized crime",
      speaker: null,
      delegation: "Arcadia",
      onBehalfOf: "Group of Friends",
      forum: "UN Security Council open debate",
      meetingSymbol: "S/PV.9500",
      date: "2024-05-02",
      sourceUrl: "https://example.org/statements/arcadia",
      paragraphs: s.paragraphs,
      can: { annotate: true, edit: true, revise: true, delete: false },
    });
    const read = (await viewer.client.get(`/api/statements/${s.slug}`)).body.statement;
    expect(read).toMatchObject({ title: "Statement on transnational organized crime", version: 2, speaker: null });
    // By ID too, and the slug still leads to it: links and citations made before the edit keep working.
    expect((await viewer.client.get(`/api/statements/${s.id}`)).body.statement.slug).toBe(s.slug);
  });

  it("keeps each edit in the history, newest first, with only the fields it changed", async () => {
    const s = await importStatement(ana.client, { title: "Draft title" });
    await ana.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Final title", forum: null, delegation: "Arcadia" });
    await ben.client.patch(`/api/statements/${s.slug}`, { version: 2, language: "fr" });
    const items = await historyOf(s.slug);
    expect(items).toEqual([
      {
        action: "edited",
        actor: { id: ben.userId, name: "Ben Analyst" },
        at: expect.any(String),
        before: { language: null },
        after: { language: "fr" },
      },
      {
        action: "edited",
        actor: { id: ana.userId, name: "Ana Analyst" },
        at: expect.any(String),
        before: { title: "Draft title", forum: "UN Security Council open debate" },
        after: { title: "Final title", forum: null },
      },
    ]);
    expect(Date.parse(items[0].at)).toBeGreaterThanOrEqual(Date.parse(items[1].at));
  });

  it("an empty text clears a field, as null does", async () => {
    const s = await importStatement(ana.client);
    const res = await ana.client.patch(`/api/statements/${s.slug}`, { version: 1, delegation: "  ", forum: "" });
    expect(res.status, res.text).toBe(200);
    expect(res.body.statement).toMatchObject({ delegation: null, forum: null, version: 2 });
  });

  it("an edit that changes nothing keeps the version and writes no history", async () => {
    const s = await importStatement(ana.client);
    await expectUnchanged(server.db, async () => {
      for (const body of [{ version: 1 }, { version: 1, title: s.title, delegation: "Arcadia", speaker: s.speaker }]) {
        const res = await ana.client.patch(`/api/statements/${s.slug}`, body);
        expect(res.status, res.text).toBe(200);
        expect(res.body.statement).toMatchObject({ version: 1, updatedAt: s.updatedAt });
      }
    });
    expect(await historyOf(s.slug)).toEqual([]);
  });

  it("a stale version → 409 version_conflict with the statement as it is now, and nothing changes", async () => {
    const s = await importStatement(ana.client);
    expect((await ben.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Ben's title" })).status).toBe(200);
    await expectUnchanged(server.db, async () => {
      const res = await ana.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Ana's title" });
      expectError(res, 409, "version_conflict");
      expect(res.body.error.details.current).toMatchObject({ id: s.id, title: "Ben's title", version: 2, can: { edit: true } });
      expect(res.body.error.details.current.paragraphs).toBeUndefined();
    });
  });

  it("two edits sent at once from the same version: one lands, the other is told of it", async () => {
    const s = await importStatement(ana.client);
    const answers = await Promise.all([
      ana.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "One" }),
      ben.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Two" }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const [won] = answers.filter((r) => r.status === 200);
    expect((await viewer.client.get(`/api/statements/${s.slug}`)).body.statement).toMatchObject({
      title: won!.body.statement.title,
      version: 2,
    });
    expect(await historyOf(s.slug)).toHaveLength(1);
  });

  it("bad input → 400 validation_failed, and nothing changes", async () => {
    const s = await importStatement(ana.client);
    await expectUnchanged(server.db, async () => {
      for (const body of [
        { title: "No version" },
        { version: "1", title: "x" },
        { version: 1, title: "" },
        { version: 1, title: null },
        { version: 1, date: "2024-13-45" },
        { version: 1, language: "English!" },
        { version: 1, sourceUrl: "ftp://example.org/x" },
        { version: 1, speaker: "x".repeat(201) },
        // The slug is not a field: links would break.
        { version: 1, slug: "a-new-slug" },
      ]) {
        expectValidationIssues(await ana.client.patch(`/api/statements/${s.slug}`, body));
      }
    });
  });

  it("viewers may not edit (403); an unknown or deleted statement is not found (404)", async () => {
    const s = await importStatement(ana.client);
    await expectUnchanged(server.db, async () => {
      expectError(await viewer.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Viewer's" }), 403, "forbidden");
      expectError(await ana.client.patch("/api/statements/no-such-statement", { version: 1, title: "x" }), 404, "not_found");
    });
    expect((await ana.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
    expectError(await ana.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "x" }), 404, "not_found");
  });

  it("tells readers of the statement at once (statement.updated), so they reload it", async () => {
    const s = await importStatement(ana.client);
    const stream = await openSseAs(viewer.client, `/api/statements/${s.slug}/events`);
    streams.push(stream);
    await stream.waitFor((m) => m.event === "ready");
    await ben.client.patch(`/api/statements/${s.slug}`, { version: 1, title: "Retitled" });
    const message = await stream.waitFor((m) => m.event === "statement.updated");
    expect(StatementEvent.parse(JSON.parse(message.data))).toMatchObject({
      type: "statement.updated",
      actorId: ben.userId,
      statement: { id: s.id, slug: s.slug, version: 2 },
    });
  });
});

describe("GET /api/statements/:idOrSlug/history", () => {
  it("is empty for a statement never changed, and records deletion and restoration with who did them", async () => {
    const s = await importStatement(ana.client);
    expect(await historyOf(s.slug)).toEqual([]);
    expect((await ana.client.delete(`/api/statements/${s.slug}`)).status).toBe(204);
    // Deleted, it has no history to read: like the statement itself, it is not found.
    expectError(await viewer.client.get(`/api/statements/${s.slug}/history`), 404, "not_found");
    expect((await admin.client.post(`/api/statements/${s.slug}/restore`)).status).toBe(200);
    expect(await historyOf(s.slug)).toEqual([
      { action: "restored", actor: { id: admin.userId, name: "Ada Admin" }, at: expect.any(String), before: null, after: null },
      { action: "deleted", actor: { id: ana.userId, name: "Ana Analyst" }, at: expect.any(String), before: null, after: null },
    ]);
  });
});
