import { InstrumentMentions, JobResponse } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, setUp } from "./support/factories.ts";
import { jobEnded } from "./support/jobs.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// An instrument page's unreviewed mentions (issue 16, item 5): the detector's cross-references to it across the
// corpus that nobody has tagged, read from each statement's cached set once a job has computed the sets missing.
let server: TestServer;
let admin: Member;
let analyst: Member;
let coder: Member;
let viewer: Member;
let english: string;

const CITING = [
  "Mr. President, my delegation thanks the Secretary-General for his report.",
  "We reaffirm our commitment to the Palermo Convention and call on all States to implement UNTOC fully.",
  "As General Assembly resolution 74/247 requested, the committee has begun its work.",
].join("\n\n");

beforeAll(async () => {
  server = await startTestServer({ jobs: {} });
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst");
  coder = await member(server, admin.workspaceId, "analyst");
  viewer = await member(server, admin.workspaceId, "viewer");
  english = (await importStatement(admin.client, { title: "On UNTOC", delegation: "France", date: "2024-03-01", content: CITING })).slug;
  await importStatement(admin.client, { title: "Sur la Convention", language: "fr", content: "Nous appuyons UNTOC.\n\nMerci." });
  await importStatement(admin.client, {
    title: "Nothing cited",
    date: "2023-01-01",
    content: "We thank the Chair.\n\nWe look forward to the debate.",
  });
});
afterAll(() => server.stop());

async function mentions(who: Member, key = "UNTOC"): Promise<InstrumentMentions> {
  const res = await who.client.get(`/api/instruments/${encodeURIComponent(key)}/mentions`);
  expect(res.status, res.text).toBe(200);
  return InstrumentMentions.parse(res.body);
}

async function findAll(who: Member) {
  const res = await who.client.post("/api/suggestions/find", {});
  expect(res.status, res.text).toBe(202);
  return jobEnded(who.client, JobResponse.parse(res.body).job.id);
}

describe("an instrument's unreviewed mentions", () => {
  it("searches only the statements the detector has read, and a job reads the rest with its progress", async () => {
    expect(await mentions(viewer)).toEqual({ key: "UNTOC", items: [], coverage: { statements: 3, read: 0, otherLanguages: 1 } });

    const job = await findAll(viewer);
    expect(job).toMatchObject({ kind: "findSuggestions", state: "succeeded", result: { read: 2, total: 2 }, error: null });
    expect(job.progress).toMatchObject({ done: 2, total: 2 });

    const page = await mentions(viewer);
    expect(page.coverage).toEqual({ statements: 3, read: 2, otherLanguages: 1 });
    expect(page.items.map((m) => m.quote)).toEqual(["Palermo Convention", "UNTOC"]);
    expect(page.items[0]).toMatchObject({
      rule: "instrument-name",
      statement: { slug: english, delegation: "France", date: "2024-03-01" },
      paragraph: { id: "p2", number: 2 },
      start: CITING.split("\n\n")[1]!.indexOf("Palermo Convention"),
    });
    expect(page.items[0]!.citation).toMatch(/^France, .*1 March 2024, ¶2$/);
    expect(page.items[0]!.why).toContain("Palermo Convention");

    // Nothing is left to read: a second run reads nothing.
    expect((await findAll(viewer)).result).toEqual({ read: 0, total: 0 });
  });

  it("leaves out words tagged as citing it, and those the caller dismissed, and finds UN symbols too", async () => {
    await findAll(viewer);
    const [palermo, untoc] = (await mentions(analyst)).items;
    // Tagged as citing something else, the words still mention UNTOC untagged.
    const other = { paragraphId: "p2", start: untoc!.start, end: untoc!.end };
    await annotate(coder.client, english, { kind: "cross-reference", target: other, attributes: { target: "UNCAC", relation: "cites" } });
    expect((await mentions(analyst)).items.map((m) => m.quote)).toEqual(["Palermo Convention", "UNTOC"]);
    const tagged = { paragraphId: "p2", start: palermo!.start, end: palermo!.end };
    await annotate(coder.client, english, {
      kind: "cross-reference",
      target: tagged,
      attributes: { target: "UNTOC", relation: "reaffirms" },
    });
    expect((await mentions(analyst)).items.map((m) => m.quote)).toEqual(["UNTOC"]);

    const dismissed = await analyst.client.post(`/api/statements/${english}/suggestions/${untoc!.suggestionId}/dismiss`);
    expect(dismissed.status, dismissed.text).toBe(204);
    expect((await mentions(analyst)).items).toEqual([]);
    expect((await mentions(coder)).items.map((m) => m.suggestionId)).toEqual([untoc!.suggestionId]);

    const symbol = await mentions(viewer, "A/RES/74/247");
    expect(symbol.items).toMatchObject([{ quote: "General Assembly resolution 74/247", paragraph: { id: "p3", number: 3 } }]);
  });

  it("counts a statement revised since its set was computed as not read, until a run reads it again", async () => {
    await findAll(viewer);
    const revised = await analyst.client.post(`/api/statements/${english}/revisions`, {
      format: "text",
      content: `${CITING}\n\nThe Palermo Convention remains our guide.`,
    });
    expect(revised.status, revised.text).toBe(201);
    expect((await mentions(coder)).coverage.read).toBe(1);
    expect((await findAll(viewer)).result).toEqual({ read: 1, total: 1 });
    const page = await mentions(coder);
    expect(page.coverage.read).toBe(2);
    expect(page.items.map((m) => [m.quote, m.paragraph.number])).toContainEqual(["Palermo Convention", 4]);
  });

  it("answers the run already queued rather than queueing another, and has no page for what is not citable", async () => {
    const first = await viewer.client.post("/api/suggestions/find", {});
    const second = await analyst.client.post("/api/suggestions/find", {});
    expect([first.status, second.status]).toEqual([202, 202]);
    const a = JobResponse.parse(first.body).job;
    const b = JobResponse.parse(second.body).job;
    // Both are the same job, or the first had ended before the second was queued.
    if (b.id !== a.id) expect(Date.parse((await jobEnded(viewer.client, a.id)).finishedAt!)).toBeLessThanOrEqual(Date.parse(b.createdAt));
    await jobEnded(viewer.client, b.id);
    expectError(await viewer.client.get("/api/instruments/NOT-A-THING/mentions"), 404, "not_found");
  });
});
