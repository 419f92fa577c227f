import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const ORIGINAL = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We support the Convention against Transnational Organized Crime and its Protocols.",
  "3. Our country will host a regional workshop on cybercrime in 2025.",
  "4. We are concerned about the trafficking of firearms across borders.",
  "5. Thank you, Mr. President.",
].join("\n\n");

/** A Corr.1: ¶2 edited, ¶3 deleted, a paragraph inserted after ¶4, ¶5 unchanged. */
const CORRECTED = [
  "1. We welcome the report of the Secretary-General on crime prevention.",
  "2. We strongly support the Convention against Transnational Organized Crime and its three Protocols.",
  "3. We are concerned about the trafficking of firearms across borders.",
  "4. We call on all States to ratify the Convention.",
  "5. Thank you, Mr. President.",
].join("\n\n");

let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ann Analyst");
  viewer = await member(server, admin.workspaceId, "viewer", "Val Viewer");
});
afterAll(() => server.stop());

/** Until an INSERT INTO annotations is waiting for a lock (the create has reached the database's check). */
async function waitForLockedInsert(s: TestServer): Promise<void> {
  for (;;) {
    const rows = await s.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO annotations%'`;
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const words = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
const paragraph = (n: number) => ORIGINAL.split("\n\n")[n - 1]!;

/** A statement with a tag on words of ¶2 that survive, ¶3 that are deleted, and ¶4 that moved up. */
async function revisable() {
  const statement = await importStatement(analyst.client, { title: `Revised statement ${Math.random()}`, content: ORIGINAL });
  const tag = (p: number, quote: string) =>
    annotate(analyst.client, statement.slug, { target: { paragraphId: `p${p}`, ...words(paragraph(p), quote) } });
  const kept = await tag(2, "Convention against Transnational Organized Crime");
  const deleted = await tag(3, "regional workshop on cybercrime");
  const moved = await tag(4, "trafficking of firearms");
  return { slug: statement.slug as string, kept, deleted, moved };
}

const revise = (client: Member["client"], slug: string, body: Record<string, unknown>) =>
  client.post(`/api/statements/${slug}/revisions`, { format: "text", content: CORRECTED, ...body });

describe("revisions", () => {
  it("adds a revision: IDs follow their words, every ID has a fate, and annotations are found again", async () => {
    const { slug, kept, deleted, moved } = await revisable();
    const res = await revise(analyst.client, slug, { note: "Corr.1" });
    expect(res.status, res.text).toBe(201);
    const { statement, revision, changes, anchoring } = res.body;
    expect(revision).toMatchObject({ number: 2, note: "Corr.1", author: { id: analyst.userId } });
    // ¶4 renumbered "3." counts as edited: its text changed, though only by its number.
    expect(revision.changeCounts).toMatchObject({ unchanged: 2, edited: 2, inserted: 1, deleted: 1 });
    expect(statement).toMatchObject({ slug, revision: 2, shownRevision: 2 });
    const fates = Object.fromEntries(changes.map((c: { id: string; fate: string }) => [c.id, c.fate]));
    expect(fates).toMatchObject({ p1: "unchanged", p2: "edited", p3: "deleted", p4: "edited", p5: "unchanged", p6: "inserted" });
    expect(statement.paragraphs.map((p: { id: string; number: number }) => [p.id, p.number])).toEqual([
      ["p1", 1],
      ["p2", 2],
      ["p4", 3],
      ["p6", 4],
      ["p5", 5],
    ]);
    // ¶4's tag is at the same offsets ("4." became "3."), ¶2's moved by "strongly ", ¶3's words are gone.
    expect(anchoring).toEqual({ total: 3, exact: 1, shifted: 1, fuzzy: 0, orphaned: 1 });

    const list = await viewer.client.get(`/api/statements/${slug}/annotations`);
    const byId = new Map(list.body.items.map((a: { id: string }) => [a.id, a]));
    expect(byId.get(kept.id)).toMatchObject({
      revision: 1,
      anchor: { state: "anchored", revision: 2 },
      target: { paragraphId: "p2" },
      quote: { exact: "Convention against Transnational Organized Crime" },
      version: 2,
    });
    expect(byId.get(moved.id)).toMatchObject({ anchor: { state: "anchored", revision: 2 }, target: { paragraphId: "p4" } });
    // An orphan keeps the target and quote it had, in the revision it had them in.
    expect(byId.get(deleted.id)).toMatchObject({
      anchor: { state: "orphaned", revision: 1 },
      target: { paragraphId: "p3", ...words(paragraph(3), "regional workshop on cybercrime") },
      quote: { exact: "regional workshop on cybercrime" },
    });
    // Author, status and everything else stay; the history says what moved.
    const history = await admin.client.get(`/api/annotations/${kept.id}/history`);
    expect(history.status, history.text).toBe(200);
    expect(history.body.items.at(-1)).toMatchObject({ action: "reanchored", actor: { id: analyst.userId } });
    expect(history.body.items.at(-1).changes.map((c: { field: string }) => c.field)).toEqual(["target", "quote", "anchor"]);
  });

  it("lists revisions, reads an older one's paragraphs, and diffs two with word-level changes", async () => {
    const { slug } = await revisable();
    expect((await revise(analyst.client, slug, { note: "Corr.1" })).status).toBe(201);
    const list = await viewer.client.get(`/api/statements/${slug}/revisions`);
    expect(list.status, list.text).toBe(200);
    expect(list.body.items.map((r: { number: number; note: string | null }) => [r.number, r.note])).toEqual([
      [1, null],
      [2, "Corr.1"],
    ]);
    expect(list.body.items[0]).toMatchObject({ changeCounts: null, anchoring: null });

    const older = await viewer.client.get(`/api/statements/${slug}?revision=1`);
    expect(older.status, older.text).toBe(200);
    expect(older.body.statement).toMatchObject({ revision: 2, shownRevision: 1 });
    expect(older.body.statement.paragraphs.map((p: { text: string }) => p.text)).toEqual(ORIGINAL.split("\n\n"));
    expectError(await viewer.client.get(`/api/statements/${slug}?revision=3`), 404, "not_found");

    const diff = await viewer.client.get(`/api/statements/${slug}/revisions/2/diff`);
    expect(diff.status, diff.text).toBe(200);
    expect(diff.body).toMatchObject({ from: 1, to: 2 });
    expect(diff.body.rows.map((r: { id: string; fate: string }) => `${r.id}:${r.fate}`)).toEqual([
      "p1:unchanged",
      "p2:edited",
      "p3:deleted",
      "p4:edited",
      "p6:inserted",
      "p5:unchanged",
    ]);
    const edited = diff.body.rows[1];
    expect(edited.words.filter((w: { op: string }) => w.op === "added").map((w: { text: string }) => w.text.trim())).toEqual([
      "strongly",
      "three",
    ]);
    expect(
      edited.words
        .filter((w: { op: string }) => w.op !== "added")
        .map((w: { text: string }) => w.text)
        .join(""),
    ).toBe(paragraph(2));
    expectError(await viewer.client.get(`/api/statements/${slug}/revisions/2/diff?against=2`), 400, "validation_failed");
    expectError(await viewer.client.get(`/api/statements/${slug}/revisions/9/diff`), 404, "not_found");
  });

  it("reads the annotations as they stood in an older revision", async () => {
    const { slug, kept, deleted, moved } = await revisable();
    expect((await revise(analyst.client, slug, { note: "Corr.1" })).status).toBe(201);
    const later = await annotate(analyst.client, slug, { target: { paragraphId: "p6", start: 3, end: 10 } });
    const asOf = async (n: number) => {
      const res = await viewer.client.get(`/api/statements/${slug}/annotations?revision=${n}`);
      expect(res.status, res.text).toBe(200);
      return new Map(res.body.items.map((a: { id: string }) => [a.id, a]));
    };
    const first = await asOf(1);
    // Made on revision 2: not on revision 1's text. The others at their places then, orphan included.
    expect([...first.keys()].sort()).toEqual([kept.id, deleted.id, moved.id].sort());
    expect(first.get(kept.id)).toMatchObject({ target: kept.target, quote: kept.quote, anchor: { state: "anchored", revision: 1 } });
    expect(first.get(deleted.id)).toMatchObject({ target: deleted.target, anchor: { state: "anchored", revision: 1 } });
    const second = await asOf(2);
    expect(second.has(later.id)).toBe(true);
    expect(second.get(deleted.id)).toMatchObject({ anchor: { state: "orphaned", revision: 1 } });
    expectError(await viewer.client.get(`/api/statements/${slug}/annotations?revision=3`), 404, "not_found");
  });

  it("previews a revision without storing anything", async () => {
    const { slug } = await revisable();
    await expectUnchanged(server.db, async () => {
      const res = await analyst.client.post(`/api/statements/${slug}/revisions/preview`, { format: "text", content: CORRECTED });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ number: 2, anchoring: { total: 3, exact: 1, shifted: 1, orphaned: 1 } });
      expect(res.body.paragraphs.map((p: { id: string }) => p.id)).toEqual(["p1", "p2", "p4", "p6", "p5"]);
    });
  });

  it("refuses an identical text, a text without paragraphs, a viewer, and a stale base revision", async () => {
    const { slug } = await revisable();
    await expectUnchanged(server.db, async () => {
      expectError(await revise(analyst.client, slug, { content: ORIGINAL }), 422, "no_changes");
      expectError(await revise(analyst.client, slug, { content: "   \n\n  " }), 422, "invalid_content");
      expectError(await revise(viewer.client, slug, {}), 403, "forbidden");
      expectError(await revise(analyst.client, slug, { baseRevision: 2 }), 409, "revision_changed");
      expectError(await revise(analyst.client, "no-such-statement", {}), 404, "not_found");
      expectError(await revise(analyst.client, slug, { format: "pdf" }), 400, "validation_failed");
    });
    // A change of punctuation alone is a revision, though every ID keeps its place.
    const res = await revise(analyst.client, slug, { content: ORIGINAL.replace("Mr. President.", "Mr. President!") });
    expect(res.status, res.text).toBe(201);
    expect(res.body.anchoring).toEqual({ total: 3, exact: 3, shifted: 0, fuzzy: 0, orphaned: 0 });
  });

  it("refuses an annotation placed on a revision that is no longer current, and accepts it on the current one", async () => {
    const { slug } = await revisable();
    expect((await revise(analyst.client, slug, {})).status).toBe(201);
    const body = { kind: "position", target: { paragraphId: "p2", start: 3, end: 10 }, attributes: { stance: "supports" } };
    const stale = await analyst.client.post(`/api/statements/${slug}/annotations`, { ...body, revision: 1 });
    expectError(stale, 409, "revision_changed");
    const current = await analyst.client.post(`/api/statements/${slug}/annotations`, { ...body, revision: 2 });
    expect(current.status, current.text).toBe(201);
    expect(current.body.annotation).toMatchObject({ revision: 2, anchor: { state: "anchored", revision: 2 } });
  });

  it("refuses an annotation whose text a revision replaced while it was being written (the database's own check)", async () => {
    const { slug } = await revisable();
    const body = { kind: "position", target: { paragraphId: "p2", start: 3, end: 10 }, attributes: { stance: "supports" } };
    let created: ReturnType<Member["client"]["post"]> | undefined;
    // A revision in flight holds its statement FOR UPDATE: the create reads revision 1, then waits at its insert.
    await server.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 FROM statements WHERE slug = ${slug} FOR UPDATE`;
        created = analyst.client.post(`/api/statements/${slug}/annotations`, body);
        await waitForLockedInsert(server);
        await tx.$executeRaw`UPDATE statements SET current_revision = current_revision + 1 WHERE slug = ${slug}`;
      },
      { timeout: 60_000 },
    );
    expectError(await created!, 409, "revision_changed");
    expect((await viewer.client.get(`/api/statements/${slug}/annotations`)).body.items).toHaveLength(3);
  });

  it("lands two revisions sent at once one after the other, each re-anchoring what the other left", async () => {
    const { slug, kept } = await revisable();
    const second = CORRECTED.replace("5. Thank you, Mr. President.", "5. Thank you.");
    const [a, b] = await Promise.all([revise(analyst.client, slug, {}), revise(admin.client, slug, { content: second })]);
    expect([a.status, b.status], a.text + b.text).toEqual([201, 201]);
    expect([a.body.revision.number, b.body.revision.number].sort()).toEqual([2, 3]);
    const revisions = await viewer.client.get(`/api/statements/${slug}/revisions`);
    expect(revisions.body.items.map((r: { number: number }) => r.number)).toEqual([1, 2, 3]);
    const annotation = await viewer.client.get(`/api/annotations/${kept.id}`);
    expect(annotation.body.annotation).toMatchObject({
      anchor: { state: "anchored", revision: 3 },
      quote: { exact: "Convention against Transnational Organized Crime" },
    });
  });
});
