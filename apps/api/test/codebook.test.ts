import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { isCodeGone, retryIfCodeGone } from "../src/features/codebook/code-gone.ts";

let server: TestServer;
let admin: Member;
let analyst: Member;
let reviewer: Member;
let viewer: Member;
let slug: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  reviewer = await member(server, admin.workspaceId, "reviewer");
  viewer = await member(server, admin.workspaceId, "viewer");
  slug = (await importStatement(analyst.client)).slug;
});
afterAll(() => server.stop());

type Coded = {
  id: string;
  version: number;
  labels: string[];
  attributes: { topics?: string[] };
  codes: { id: string; name: string; type: string }[];
};
const codes = async (type?: string) => (await viewer.client.get(`/api/codebook/codes${type ? `?type=${type}` : ""}`)).body;
const codeNamed = async (type: string, name: string) =>
  (await codes(type)).items.find((c: { name: string }) => c.name === name) as { id: string; version: number; uses: number; status: string };
const read = async (id: string): Promise<Coded> => (await viewer.client.get(`/api/annotations/${id}`)).body.annotation;

describe("codes named while tagging", () => {
  it("become codes; another spelling finds the same code; an analyst's are new, a reviewer's active", async () => {
    const a = await annotate(analyst.client, slug, { attributes: { stance: "urges", topics: ["Cybercrime"] }, labels: ["Budget"] });
    const b = await annotate(reviewer.client, slug, {
      attributes: { stance: "supports", topics: ["cyber crime", "Oceans"] },
      labels: ["budget"],
    });
    expect(a.attributes.topics).toEqual(["Cybercrime"]);
    // "cyber crime" and "budget" are the codes "Cybercrime" and "Budget": one code each, named as first given.
    expect(b.attributes.topics).toEqual(["Cybercrime", "Oceans"]);
    expect(b.labels).toEqual(["Budget"]);
    expect(b.codes.map((c: { type: string; name: string }) => `${c.type}:${c.name}`)).toEqual([
      "topic:Cybercrime",
      "topic:Oceans",
      "label:Budget",
    ]);
    const cyber = await codeNamed("topic", "Cybercrime");
    expect(cyber).toMatchObject({ uses: 2, status: "new" });
    expect((await codeNamed("topic", "Oceans")).status).toBe("active");
    const list = await codes();
    expect(list.can).toEqual({ create: false, govern: false });
  });

  it("tells each role what it may do, and keeps viewers and analysts from governing", async () => {
    expect((await analyst.client.get("/api/codebook/codes")).body.can).toEqual({ create: true, govern: false });
    expect((await reviewer.client.get("/api/codebook/codes")).body.can).toEqual({ create: true, govern: true });
    expectError(await viewer.client.post("/api/codebook/codes", { type: "topic", name: "Piracy" }), 403, "forbidden");
    const made = await analyst.client.post("/api/codebook/codes", { type: "topic", name: "Piracy", definition: "Armed robbery at sea." });
    expect(made.status, made.text).toBe(201);
    expect(made.body).toMatchObject({ name: "Piracy", status: "new", definition: "Armed robbery at sea.", uses: 0 });
    expectError(await analyst.client.patch(`/api/codebook/codes/${made.body.id}`, { version: 1, name: "Sea piracy" }), 403, "forbidden");
    expectError(await analyst.client.post(`/api/codebook/codes/${made.body.id}/merge`, { into: made.body.id }), 403, "forbidden");
    expectError(await analyst.client.post("/api/codebook/codes", { type: "topic", name: "PIRACY" }), 409, "code_exists");
  });
});

describe("renaming", () => {
  it("changes the code only: annotations show the new name at the same version, and undo puts the old one back", async () => {
    const tagged = await annotate(analyst.client, slug, { labels: ["Follow up"] });
    const code = await codeNamed("label", "Follow up");
    const renamed = await reviewer.client.patch(`/api/codebook/codes/${code.id}`, {
      version: code.version,
      name: "Follow-up needed",
      status: "active",
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ code: { name: "Follow-up needed", status: "active", version: code.version + 1 }, annotations: 0 });
    const after = await read(tagged.id);
    expect(after.labels).toEqual(["Follow-up needed"]);
    expect(after.version).toBe(tagged.version);
    expectError(
      await reviewer.client.patch(`/api/codebook/codes/${code.id}`, { version: code.version, name: "Stale" }),
      409,
      "version_conflict",
    );

    const undone = await reviewer.client.post(`/api/codebook/undo/${renamed.body.undo}`);
    expect(undone.status, undone.text).toBe(200);
    expect(undone.body).toEqual({ undone: "renamed", annotations: 0 });
    expect((await read(tagged.id)).labels).toEqual(["Follow up"]);
    expectError(await reviewer.client.post(`/api/codebook/undo/${renamed.body.undo}`), 409, "undo_stale");
  });

  it("refuses a name another code has (spelling aside) and a parent that would make a loop", async () => {
    const a = (await admin.client.post("/api/codebook/codes", { type: "topic", name: "Drug trafficking" })).body;
    const b = (await admin.client.post("/api/codebook/codes", { type: "topic", name: "Cocaine", parentId: a.id })).body;
    expect(b.parentId).toBe(a.id);
    const clash = await admin.client.patch(`/api/codebook/codes/${b.id}`, { version: b.version, name: "drug-trafficking" });
    expectError(clash, 409, "code_exists");
    expect(clash.body.error.details.existing).toEqual({ id: a.id, name: "Drug trafficking" });
    expectError(await admin.client.patch(`/api/codebook/codes/${a.id}`, { version: a.version, parentId: b.id }), 422, "invalid_parent");
    const label = (await admin.client.post("/api/codebook/codes", { type: "label", name: "Priority" })).body;
    expectError(await admin.client.patch(`/api/codebook/codes/${label.id}`, { version: 1, parentId: a.id }), 422, "invalid_parent");
  });
});

describe("merging", () => {
  it("moves every annotation to the other code, raises their versions, and undo restores both codes and uses", async () => {
    const one = await annotate(analyst.client, slug, { attributes: { stance: "condemns", topics: ["Terrorism", "Extremism"] } });
    const both = await annotate(analyst.client, slug, { attributes: { stance: "concerned", topics: ["Counter-terrorism"] } });
    const from = await codeNamed("topic", "Counter-terrorism");
    const into = await codeNamed("topic", "Terrorism");
    const merged = await reviewer.client.post(`/api/codebook/codes/${from.id}/merge`, { into: into.id });
    expect(merged.status, merged.text).toBe(200);
    expect(merged.body).toMatchObject({ code: { id: into.id, uses: 2 }, annotations: 1 });
    expect(await codeNamed("topic", "Counter-terrorism")).toBeUndefined();
    const moved = await read(both.id);
    expect(moved.attributes.topics).toEqual(["Terrorism"]);
    expect(moved.version).toBe(both.version + 1);
    expect((await read(one.id)).version).toBe(one.version);
    const recoded = async () =>
      (
        (await viewer.client.get(`/api/annotations/${both.id}/history`)).body.items as {
          action: string;
          version: number;
          actor: { id: string };
        }[]
      )
        .filter((i) => i.action === "recoded")
        .map((i) => ({ version: i.version, actor: i.actor.id }));
    expect(await recoded()).toEqual([{ version: both.version + 1, actor: reviewer.userId }]);

    const undone = await reviewer.client.post(`/api/codebook/undo/${merged.body.undo}`);
    expect(undone.status, undone.text).toBe(200);
    expect(undone.body).toEqual({ undone: "merged", annotations: 1 });
    const back = await read(both.id);
    expect(back.attributes.topics).toEqual(["Counter-terrorism"]);
    expect(back.codes[0]!.id).toBe(from.id);
    expect(back.version).toBe(both.version + 2);
    // The undo is in the history too, at the version it gave; neither entry is the undo token.
    expect(await recoded()).toEqual([
      { version: both.version + 1, actor: reviewer.userId },
      { version: both.version + 2, actor: reviewer.userId },
    ]);
    expect(JSON.stringify((await viewer.client.get(`/api/annotations/${both.id}/history`)).body)).not.toContain(merged.body.undo);
  });

  it("refuses a merge into itself or into another type", async () => {
    const topic = await codeNamed("topic", "Oceans");
    const label = await codeNamed("label", "Budget");
    expectError(await reviewer.client.post(`/api/codebook/codes/${topic.id}/merge`, { into: topic.id }), 422, "invalid_merge");
    expectError(await reviewer.client.post(`/api/codebook/codes/${topic.id}/merge`, { into: label.id }), 422, "invalid_merge");
  });

  it("two merges of one pair in opposite directions: one wins, the other finds its code gone, and no use is lost", async () => {
    const x = await annotate(analyst.client, slug, { attributes: { stance: "welcomes", topics: ["Ransomware"] } });
    const y = await annotate(analyst.client, slug, { attributes: { stance: "welcomes", topics: ["Ransom-ware attacks"] } });
    const a = await codeNamed("topic", "Ransomware");
    const b = await codeNamed("topic", "Ransom-ware attacks");
    const [ab, ba] = await Promise.all([
      reviewer.client.post(`/api/codebook/codes/${a.id}/merge`, { into: b.id }),
      admin.client.post(`/api/codebook/codes/${b.id}/merge`, { into: a.id }),
    ]);
    expect([ab.status, ba.status].sort()).toEqual([200, 404]);
    const winner = ab.status === 200 ? b : a;
    for (const id of [x.id, y.id]) expect((await read(id)).codes.map((c) => c.id)).toEqual([winner.id]);
    expect((await codeNamed("topic", winner === a ? "Ransomware" : "Ransom-ware attacks")).uses).toBe(2);
  });
});

describe("deleting, splitting and bulk changes", () => {
  it("deletes a code from its annotations, and undo puts it back on them", async () => {
    const tagged = await annotate(analyst.client, slug, { labels: ["Draft", "Keep"] });
    const draft = await codeNamed("label", "Draft");
    const deleted = await reviewer.client.delete(`/api/codebook/codes/${draft.id}`);
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.body).toMatchObject({ code: null, annotations: 1 });
    const after = await read(tagged.id);
    expect(after.labels).toEqual(["Keep"]);
    expect(after.version).toBe(tagged.version + 1);
    expect((await reviewer.client.post(`/api/codebook/undo/${deleted.body.undo}`)).status).toBe(200);
    const back = await read(tagged.id);
    expect(back.labels).toEqual(["Draft", "Keep"]);
    expect(back.codes.find((c) => c.name === "Draft")!.id).toBe(draft.id);
  });

  it("splits chosen annotations off to a new code; undo moves them back and removes the new code", async () => {
    const stay = await annotate(analyst.client, slug, { attributes: { stance: "supports", topics: ["Migration"] } });
    const go = await annotate(analyst.client, slug, { attributes: { stance: "supports", topics: ["Migration"] } });
    const migration = await codeNamed("topic", "Migration");
    const split = await reviewer.client.post(`/api/codebook/codes/${migration.id}/split`, {
      annotations: [go.id],
      into: { name: "Smuggling of migrants" },
    });
    expect(split.status, split.text).toBe(200);
    expect(split.body).toMatchObject({ code: { name: "Smuggling of migrants", uses: 1 }, annotations: 1 });
    expect((await read(go.id)).attributes.topics).toEqual(["Smuggling of migrants"]);
    expect((await read(stay.id)).attributes.topics).toEqual(["Migration"]);
    expect((await reviewer.client.post(`/api/codebook/undo/${split.body.undo}`)).status).toBe(200);
    expect((await read(go.id)).attributes.topics).toEqual(["Migration"]);
    expect(await codeNamed("topic", "Smuggling of migrants")).toBeUndefined();
  });

  it("applies a code to a filtered set (topics on positions only) and removes it again; undo restores each", async () => {
    const other = (await importStatement(analyst.client, { title: "Bulk statement", delegation: "Borduria" })).slug;
    const position = await annotate(analyst.client, other, { attributes: { stance: "urges" } });
    const commitment = await annotate(analyst.client, other, { kind: "commitment", attributes: { strength: "pledge" } });
    const reviewed = (await admin.client.post("/api/codebook/codes", { type: "label", name: "Reviewed in bulk" })).body;
    const topic = (await admin.client.post("/api/codebook/codes", { type: "topic", name: "Bulk topic" })).body;
    const applied = await reviewer.client.post("/api/codebook/bulk", { filter: { statement: other }, add: [reviewed.id, topic.id] });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({ code: null, annotations: 2, skipped: 1 });
    expect((await read(position.id)).codes.map((c) => c.name)).toEqual(["Bulk topic", "Reviewed in bulk"]);
    expect((await read(commitment.id)).codes.map((c) => c.name)).toEqual(["Reviewed in bulk"]);
    // Again: nothing left to add, so nothing changes.
    const again = await reviewer.client.post("/api/codebook/bulk", { filter: { statement: other }, add: [reviewed.id] });
    expect(again.body.annotations).toBe(0);
    const removed = await reviewer.client.post("/api/codebook/bulk", {
      filter: { statement: other, kind: "commitment" },
      remove: [reviewed.id],
    });
    expect(removed.body.annotations).toBe(1);
    expect((await read(commitment.id)).labels).toEqual([]);
    expect((await reviewer.client.post(`/api/codebook/undo/${removed.body.undo}`)).status).toBe(200);
    expect((await read(commitment.id)).labels).toEqual(["Reviewed in bulk"]);
    expect((await reviewer.client.post(`/api/codebook/undo/${applied.body.undo}`)).status).toBe(200);
    expect((await read(position.id)).codes).toEqual([]);
    expect((await read(commitment.id)).codes).toEqual([]);
    expectError(await analyst.client.post("/api/codebook/bulk", { filter: { statement: other }, add: [reviewed.id] }), 403, "forbidden");
    expectError(await reviewer.client.post("/api/codebook/bulk", { filter: {}, add: [] }), 400, "validation_failed");
  });

  it("finds what is typed: the same code spelled another way first, then names that start with it", async () => {
    const found = (await analyst.client.get("/api/codebook/codes?type=topic&q=CYBER-CRIME")).body.items;
    expect(found[0]).toMatchObject({ name: "Cybercrime", match: "same" });
    const started = (await analyst.client.get("/api/codebook/codes?type=topic&q=cyb")).body.items;
    expect(started.map((c: { name: string; match: string }) => [c.name, c.match])).toEqual([["Cybercrime", "prefix"]]);
  });
});

describe("agreement per code", () => {
  it("compares the people who tagged the same statement, code by code, over its paragraphs", async () => {
    const shared = (await importStatement(analyst.client, { title: "Agreement statement" })).slug;
    await annotate(analyst.client, shared, { attributes: { stance: "urges", topics: ["Agreed topic"] } });
    await annotate(reviewer.client, shared, { attributes: { stance: "urges", topics: ["Agreed topic"] } });
    const agreed = await codeNamed("topic", "Agreed topic");
    const res = await viewer.client.get("/api/codebook/agreement");
    expect(res.status, res.text).toBe(200);
    const figures = res.body.items.find((i: { codeId: string }) => i.codeId === agreed.id);
    // Both coded ¶2 with it and neither the other paragraphs: full agreement on every unit.
    expect(figures).toMatchObject({ alpha: 1, ac1: 1, statements: 1, annotators: 2, taggedByAny: 1 });
    expect(figures.units).toBeGreaterThan(1);
  });
});

describe("a code removed while an annotation is being written", () => {
  it("is told from other failures, and the write runs once more", async () => {
    const tagged = await annotate(analyst.client, slug, {});
    const refused = () => server.db.$executeRaw`
      INSERT INTO annotation_codes (annotation_id, code_id, position) VALUES (${tagged.id}::uuid, gen_random_uuid(), 0)`;
    const error: unknown = await refused().catch((e: unknown) => e);
    expect(isCodeGone(error)).toBe(true);
    expect(isCodeGone(new Error("annotation_codes_code_id_fkey"))).toBe(false);
    let tries = 0;
    const answer = await retryIfCodeGone(async () => {
      tries += 1;
      if (tries === 1) await refused();
      return "written";
    });
    expect({ answer, tries }).toEqual({ answer: "written", tries: 2 });
    await expect(retryIfCodeGone(() => Promise.reject(new Error("other")))).rejects.toThrow("other");
  });
});

describe("the workspace's activity", () => {
  it("lists each codebook operation once, with what it did and no statement", async () => {
    const code = (await admin.client.post("/api/codebook/codes", { type: "topic", name: "Activity topic" })).body;
    await reviewer.client.patch(`/api/codebook/codes/${code.id}`, { version: code.version, name: "Activity topic, renamed" });
    const res = await viewer.client.get("/api/activity?type=codebook&limit=5");
    expect(res.status, res.text).toBe(200);
    const [renamed, created] = res.body.items;
    expect(renamed).toMatchObject({
      type: "code.renamed",
      actor: { id: reviewer.userId },
      statement: null,
      annotation: null,
      codebook: {
        code: { id: code.id, name: "Activity topic, renamed", type: "topic" },
        previousName: "Activity topic",
        into: null,
        annotations: 0,
      },
    });
    expect(created).toMatchObject({ type: "code.created", codebook: { code: { id: code.id, name: "Activity topic" } } });
    // A merge is one item, however many statements its annotations are in; their per-statement events are not listed.
    const all = (await viewer.client.get("/api/activity?limit=100")).body.items as { type: string }[];
    expect(all.filter((i) => i.type === "annotations.recoded")).toEqual([]);
    expect(all.filter((i) => i.type === "code.merged").length).toBeGreaterThan(0);
  });
});
