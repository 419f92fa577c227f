import {
  AcceptedSuggestions,
  AnnotationResponse,
  SuggestionList,
  SuggestionRuleFigures,
  UndoAcceptedSuggestions,
} from "@verbatim/contract";
import type { SuggestionRule } from "@verbatim/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Suggestions found in the text (issue 16, items 1–4, the API's part): computed in the worker pool and cached per
// revision, filtered per member, accepted as proposed annotations with their provenance, dismissed, and judged per rule.
let server: TestServer;
let admin: Member;
let analyst: Member;
let coder: Member;
let reviewer: Member;
let viewer: Member;
let outsider: Member;
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  coder = await member(server, admin.workspaceId, "analyst", "second coder");
  reviewer = await member(server, admin.workspaceId, "reviewer");
  viewer = await member(server, admin.workspaceId, "viewer");
  outsider = await member(server, await newWorkspace(server), "admin");
});
afterAll(() => server.stop());

const TEXT = [
  "Mr. President,",
  "",
  "My delegation recalls General Assembly resolution 74/247 and the Palermo Convention.",
  "",
  "We will contribute 2 million dollars to the trust fund by 2026.",
  "",
  "We condemn all attacks on humanitarian workers.",
  "",
  "We welcome the report of the Secretary-General.",
].join("\n");

let n = 0;
const statement = async (overrides: Record<string, unknown> = {}): Promise<string> =>
  (
    await importStatement(admin.client, {
      title: `Suggested ${++n}`,
      delegation: "Norway",
      content: TEXT,
      forum: "General Assembly",
      ...overrides,
    })
  ).slug as string;

const path = (slug: string, rest = "") => `/api/statements/${encodeURIComponent(slug)}/suggestions${rest}`;

async function list(who: Member, slug: string, query = ""): Promise<SuggestionList> {
  const res = await who.client.get(path(slug) + query);
  expect(res.status, res.text).toBe(200);
  return SuggestionList.parse(res.body);
}
const find = (l: SuggestionList, rule: string, quote?: RegExp) => l.items.find((s) => s.rule === rule && (!quote || quote.test(s.quote)));

describe("GET /api/statements/:idOrSlug/suggestions", () => {
  it("finds cross-references, commitments and positions in an English statement, with why and a stable ID", async () => {
    const slug = await statement();
    const l = await list(viewer, slug);
    expect(l).toMatchObject({ applies: true, revision: 1, can: { accept: false, dismiss: false } });
    expect(find(l, "resolution-number", /74\/247/)).toMatchObject({
      kind: "cross-reference",
      attributes: { target: "A/RES/74/247" },
      target: { paragraphId: "p2" },
    });
    expect(find(l, "instrument-name", /Palermo Convention/)).toMatchObject({ kind: "cross-reference", attributes: { target: "UNTOC" } });
    expect(l.items.some((s) => s.kind === "commitment" && /We will/.test(s.quote))).toBe(true);
    expect(l.items.some((s) => s.kind === "position" && s.rule === "position-condemns")).toBe(true);
    for (const s of l.items) expect(s.why.length).toBeGreaterThan(0);
    // Computed once, then read from the cache: the same IDs again, and one cached set for the revision.
    expect((await list(analyst, slug)).items.map((s) => s.id)).toEqual(l.items.map((s) => s.id));
    const sets = await server.db.suggestionSet.findMany({ where: { statement: { slug, workspaceId: admin.workspaceId } } });
    expect(sets.map((s) => s.revision)).toEqual([1]);
    expect((await list(analyst, slug)).can).toEqual({ accept: true, dismiss: true });
  });

  it("computes afresh for a new revision and for a changed registry, keeping only the current set", async () => {
    const slug = await statement();
    const first = await list(viewer, slug);
    expect(first.items.some((s) => /Merida/.test(s.quote))).toBe(false);
    const added = await admin.client.post("/api/instruments", {
      key: "CUSTOM-MERIDA",
      name: "The Merida Accord",
      shortNames: ["Merida Accord"],
    });
    expect(added.status, added.text).toBe(201);
    const setsOf = () => server.db.suggestionSet.findMany({ where: { statement: { slug, workspaceId: admin.workspaceId } } });
    const before = await setsOf();
    await list(viewer, slug);
    const after = await setsOf();
    expect([after.length, after[0]!.revision, after[0]!.inputKey === before[0]!.inputKey]).toEqual([1, 1, false]);
    const content = `${TEXT}\n\nWe recall the Merida Accord.`;
    const revised = await admin.client.post(`/api/statements/${slug}/revisions`, { format: "text", content, baseRevision: 1 });
    expect(revised.status, revised.text).toBe(201);
    const second = await list(viewer, slug);
    expect(second.revision).toBe(2);
    expect(second.items.find((s) => /Merida Accord/.test(s.quote))).toMatchObject({ attributes: { target: "CUSTOM-MERIDA" } });
    // The same paragraphs keep their suggestions' IDs.
    expect(second.items.map((s) => s.id)).toEqual(expect.arrayContaining(first.items.map((s) => s.id)));
    expect((await setsOf()).map((s) => s.revision)).toEqual([2]);
  });

  it("filters by kind", async () => {
    const slug = await statement();
    const l = await list(viewer, slug, "?kind=position,commitment");
    expect(l.items.length).toBeGreaterThan(0);
    expect(l.items.every((s) => s.kind !== "cross-reference")).toBe(true);
  });

  it("finds none in a statement in another language, and says the rules do not apply", async () => {
    const slug = await statement({ language: "fr", content: "Nous condamnons les attaques.\n\nWe will also say this in English." });
    expect(await list(viewer, slug)).toMatchObject({ applies: false, items: [], language: "fr" });
  });

  it("is not found from another workspace", async () => {
    const slug = await statement();
    expectError(await outsider.client.get(path(slug)), 404, "not_found");
  });
});

describe("accepting a suggestion", () => {
  it("makes a proposed annotation by the caller with its provenance, which then leaves the list", async () => {
    const slug = await statement();
    const s = find(await list(analyst, slug), "instrument-name", /Palermo/)!;
    const res = await analyst.client.post(path(slug, `/${s.id}/accept`), { revision: 1 });
    expect(res.status, res.text).toBe(201);
    const { annotation } = AnnotationResponse.parse(res.body);
    expect(annotation).toMatchObject({
      kind: "cross-reference",
      attributes: s.attributes,
      status: "proposed",
      author: { id: analyst.userId },
      target: s.target,
      quote: { exact: s.quote },
      provenance: { source: "suggestion", rule: "instrument-name" },
    });
    // The annotation reads back the same way, and covers the suggestion for everyone.
    const read = await viewer.client.get(`/api/annotations/${annotation.id}`);
    expect(AnnotationResponse.parse(read.body).annotation.provenance).toEqual({ source: "suggestion", rule: "instrument-name" });
    expect((await list(analyst, slug)).items.some((x) => x.id === s.id)).toBe(false);
    expect((await list(coder, slug)).items.some((x) => x.id === s.id)).toBe(false);
    // Its history starts as any annotation's does.
    const history = await viewer.client.get(`/api/annotations/${annotation.id}/history`);
    expect(history.status, history.text).toBe(200);
    // Accepting it again finds nothing open.
    expectError(await analyst.client.post(path(slug, `/${s.id}/accept`), {}), 404, "not_found");
    // A drawn annotation has no provenance.
    const drawn = await analyst.client.post(`/api/statements/${slug}/annotations`, {
      kind: "position",
      target: { paragraphId: "p5", start: 3, end: 10 },
      attributes: { stance: "welcomes" },
    });
    expect(AnnotationResponse.parse(drawn.body).annotation.provenance).toBeNull();
  });

  it("takes edited attributes, checked as a new annotation's are", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items.find((x) => x.kind === "position" && x.rule === "position-condemns")!;
    const bad = await analyst.client.post(path(slug, `/${s.id}/accept`), { attributes: { stance: "adores" } });
    expectError(bad, 422, "invalid_attributes");
    const res = await analyst.client.post(path(slug, `/${s.id}/accept`), {
      attributes: { stance: "opposes", topics: ["humanitarian access"] },
    });
    expect(res.status, res.text).toBe(201);
    expect(AnnotationResponse.parse(res.body).annotation).toMatchObject({
      attributes: { stance: "opposes", topics: ["humanitarian access"] },
      provenance: { source: "suggestion", rule: "position-condemns" },
    });
  });

  it("refuses a revision that is no longer current, and an unknown suggestion", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items[0]!;
    const stale = await analyst.client.post(path(slug, `/${s.id}/accept`), { revision: 2 });
    expectError(stale, 409, "revision_changed");
    expectError(await analyst.client.post(path(slug, "/sg_0000000000000000/accept"), {}), 404, "not_found");
  });

  it("lets analysts and above accept, not viewers, and not another workspace", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items[0]!;
    expectError(await viewer.client.post(path(slug, `/${s.id}/accept`), {}), 403, "forbidden");
    expectError(await outsider.client.post(path(slug, `/${s.id}/accept`), {}), 404, "not_found");
    expectError(await outsider.client.post(path(slug, `/${s.id}/dismiss`)), 404, "not_found");
    expect((await reviewer.client.post(path(slug, `/${s.id}/accept`), {})).status).toBe(201);
  });
});

describe("accepting every suggestion of a kind", () => {
  it("makes them in one go and undoes them once, keeping those changed since", async () => {
    const slug = await statement();
    const before = (await list(analyst, slug)).items.filter((s) => s.kind === "cross-reference");
    expect(before.length).toBeGreaterThanOrEqual(2);
    const res = await analyst.client.post(path(slug, "/accept"), { kind: "cross-reference", revision: 1 });
    expect(res.status, res.text).toBe(201);
    const accepted = AcceptedSuggestions.parse(res.body);
    expect(accepted.annotations).toHaveLength(before.length);
    expect(accepted.annotations.every((a) => a.provenance?.source === "suggestion" && a.author.id === analyst.userId)).toBe(true);
    expect((await list(analyst, slug, "?kind=cross-reference")).items).toEqual([]);
    // One is edited since: the undo keeps it.
    const edited = accepted.annotations[0]!;
    const patch = await analyst.client.patch(`/api/annotations/${edited.id}`, { version: edited.version, note: "checked" });
    expect(patch.status, patch.text).toBe(200);
    expectError(await coder.client.post(path(slug, `/undo/${accepted.undo}`)), 403, "forbidden");
    const undo = await analyst.client.post(path(slug, `/undo/${accepted.undo}`));
    expect(undo.status, undo.text).toBe(200);
    expect(UndoAcceptedSuggestions.parse(undo.body)).toEqual({ deleted: before.length - 1, kept: 1 });
    expectError(await analyst.client.post(path(slug, `/undo/${accepted.undo}`)), 409, "undo_stale");
    const after = (await list(analyst, slug, "?kind=cross-reference")).items;
    expect(after).toHaveLength(before.length - 1);
    const gone = await analyst.client.get(`/api/statements/${slug}/annotations?kind=cross-reference`);
    expect(gone.body.items.map((a: { id: string }) => a.id)).toEqual([edited.id]);
  });

  it("accepts only the listed ones when given IDs, and nothing of another workspace", async () => {
    const slug = await statement();
    const open = (await list(analyst, slug)).items.filter((s) => s.kind === "position");
    const res = await analyst.client.post(path(slug, "/accept"), { kind: "position", ids: [open[0]!.id] });
    expect(res.status, res.text).toBe(201);
    expect(AcceptedSuggestions.parse(res.body).annotations.map((a) => a.quote.exact)).toEqual([open[0]!.quote]);
    expectError(await outsider.client.post(path(slug, "/accept"), { kind: "position" }), 404, "not_found");
    expectError(await viewer.client.post(path(slug, "/accept"), { kind: "position" }), 403, "forbidden");
  });
});

describe("dismissing a suggestion", () => {
  it("hides it from the dismisser only, for good, and says so once however often it is sent", async () => {
    const slug = await statement();
    const s = (await list(analyst, slug)).items.find((x) => x.kind === "commitment")!;
    const res = await analyst.client.post(path(slug, `/${s.id}/dismiss`));
    expect(res.status, res.text).toBe(204);
    expect((await analyst.client.post(path(slug, `/${s.id}/dismiss`))).status).toBe(204);
    expect((await list(analyst, slug)).items.some((x) => x.id === s.id)).toBe(false);
    expect((await list(coder, slug)).items.some((x) => x.id === s.id)).toBe(true);
    expectError(await analyst.client.post(path(slug, `/${s.id}/accept`), {}), 404, "not_found");
    expectError(await viewer.client.post(path(slug, `/${s.id}/dismiss`)), 403, "forbidden");
    expectError(await analyst.client.post(path(slug, "/sg_ffffffffffffffff/dismiss")), 404, "not_found");
  });
});

describe("GET /api/suggestions/rules", () => {
  it("counts per rule what was accepted, dismissed, and accepted then rejected in review", async () => {
    const figures = async (who: Member = viewer) => {
      const res = await who.client.get("/api/suggestions/rules");
      expect(res.status, res.text).toBe(200);
      return new Map(SuggestionRuleFigures.parse(res.body).items.map((f) => [f.rule, f]));
    };
    const start = await figures();
    expect(start.get("position-condemns")).toMatchObject({ kind: "position" });
    const slug = await statement();
    const l = await list(coder, slug);
    const condemns = l.items.find((s) => s.rule === "position-condemns")!;
    const welcomes = l.items.find((s) => s.rule === "position-welcomes")!;
    const accepted = AnnotationResponse.parse((await coder.client.post(path(slug, `/${condemns.id}/accept`), {})).body).annotation;
    await coder.client.post(path(slug, `/${welcomes.id}/dismiss`));
    const review = await reviewer.client.post(`/api/annotations/${accepted.id}/reviews`, { status: "rejected", version: accepted.version });
    expect(review.status, review.text).toBe(200);
    const end = await figures();
    const diff = (rule: SuggestionRule, field: "accepted" | "dismissed" | "rejected") => end.get(rule)![field] - start.get(rule)![field];
    expect([diff("position-condemns", "accepted"), diff("position-condemns", "rejected"), diff("position-welcomes", "dismissed")]).toEqual([
      1, 1, 1,
    ]);
    // Another workspace's figures are its own.
    const theirs = await outsider.client.get("/api/suggestions/rules");
    expect(SuggestionRuleFigures.parse(theirs.body).items.every((f) => f.accepted === 0 && f.dismissed === 0)).toBe(true);
  });
});
