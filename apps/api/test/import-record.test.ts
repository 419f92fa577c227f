import { ImportPreview, ImportRecordJobResult } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYNC_RECORD_TURNS } from "../src/features/imports/record-size.ts";
import { expectError } from "./support/assertions.ts";
import { expectUnchanged } from "./support/db-snapshot.ts";
import { member, type Member, newWorkspace } from "./support/factories.ts";
import { jobEnded } from "./support/jobs.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/** A meeting record pasted as text, split by speaker into one statement each. */
let server: TestServer;
let analyst: Member;
let viewer: Member;
beforeAll(async () => {
  server = await startTestServer({ jobs: {} });
  const desk = await newWorkspace(server, "Records desk");
  analyst = await member(server, desk, "analyst");
  viewer = await member(server, desk, "viewer");
});
afterAll(() => server.stop());

const RECORD = [
  "United Nations S/PV.9500",
  "Security Council\nSeventy-eighth year",
  "9500th meeting\nThursday, 7 December 2023, 10 a.m.\nNew York",
  "President: Mr. Pérez Loose (Ecuador)",
  "The meeting was called to order at 10.05 a.m.",
  "Adoption of the agenda",
  "The agenda was adopted.",
  "The President (spoke in Spanish): I thank Ms. DiCarlo for her briefing.",
  "Mr. Zhang Jun (China): China welcomes the efforts of the Secretary-General.",
  "We call on all parties to exercise restraint.",
  "Mrs. Thomas-Greenfield (United States of America): The United States supports the resolution.",
  "Mr. Nebenzia (Russian Federation) (spoke in Russian): We cannot support this text.",
  "The meeting rose at 1.05 p.m.",
].join("\n\n");

describe("a meeting record", () => {
  it("shows its speaker turns in the preview", async () => {
    const res = await analyst.client.post("/api/imports/preview", { format: "text", content: RECORD });
    expect(res.status, res.text).toBe(200);
    const { record } = ImportPreview.parse(res.body);
    expect(record).toMatchObject({ symbol: "S/PV.9500", forum: "Security Council", date: "2023-12-07" });
    expect(record!.turns.map((t) => [t.speaker, t.delegation, t.language])).toEqual([
      ["The President", "Ecuador", "es"],
      ["Mr. Zhang Jun", "China", "en"],
      ["Mrs. Thomas-Greenfield", "United States of America", "en"],
      ["Mr. Nebenzia", "Russian Federation", "ru"],
    ]);
    expect(record!.turns[1]).toMatchObject({
      title: "China at the 9500th meeting of the Security Council",
      paragraphs: [
        { text: "China welcomes the efforts of the Secretary-General." },
        { text: "We call on all parties to exercise restraint." },
      ],
    });
  });

  it("imports each turn as a statement with the meeting's forum, date and symbol", async () => {
    const res = await analyst.client.post("/api/imports/record", { format: "text", content: RECORD });
    expect(res.status, res.text).toBe(201);
    expect(res.body.statements).toHaveLength(4);
    const china = await analyst.client.get(`/api/statements/${res.body.statements[1].slug}`);
    expect(china.body.statement).toMatchObject({
      title: "China at the 9500th meeting of the Security Council",
      speaker: "Mr. Zhang Jun",
      delegation: "China",
      forum: "Security Council",
      meetingSymbol: "S/PV.9500",
      date: "2023-12-07",
      language: "en",
      sourceUrl: "https://undocs.org/en/S/PV.9500",
    });
    expect(china.body.statement.paragraphs.map((p: { id: string; text: string }) => [p.id, p.text])).toEqual([
      ["p1", "China welcomes the efforts of the Secretary-General."],
      ["p2", "We call on all parties to exercise restraint."],
    ]);
  });

  it("imports only the chosen turns, with the metadata the analyst changed", async () => {
    const res = await analyst.client.post("/api/imports/record", {
      format: "text",
      content: RECORD,
      forum: "UN Security Council",
      turns: [{ index: 3, delegation: "Russia", title: "Russia on the draft resolution" }],
    });
    expect(res.status, res.text).toBe(201);
    // The delegation as the registry names it (features/registry/normalise-speakers.ts); the title as typed.
    expect(res.body.statements).toEqual([
      expect.objectContaining({ title: "Russia on the draft resolution", delegation: "Russian Federation" }),
    ]);
    const stored = await analyst.client.get(`/api/statements/${res.body.statements[0].slug}`);
    expect(stored.body.statement).toMatchObject({ forum: "UN Security Council", language: "ru", speaker: "Mr. Nebenzia" });
  });

  it("imports a record with many turns as a job, with progress", async () => {
    const countries = ["Albania", "Brazil", "Chile", "Denmark", "Egypt", "Fiji", "Ghana", "Haiti", "India", "Jamaica", "Kenya"];
    const names = ["Abara", "Bello", "Costa", "Diallo"];
    const turns = Array.from({ length: SYNC_RECORD_TURNS + 5 }, (_, k) => {
      const [name, country] = [names[k % names.length], countries[k % countries.length]];
      return `Mr. ${name} (${country}): My delegation takes the floor as speaker number ${k + 1}.`;
    });
    const content = ["United Nations A/78/PV.5", "General Assembly\nSeventy-eighth session", ...turns].join("\n\n");
    const res = await analyst.client.post("/api/imports/record", { format: "text", content, turns: turns.map((_, index) => ({ index })) });
    expect(res.status, res.text).toBe(202);
    const job = await jobEnded(analyst.client, res.body.job.id);
    expect(job.state, JSON.stringify(job.error)).toBe("succeeded");
    expect(job.progress).toEqual({ stage: "done", done: turns.length, total: turns.length });
    expect(ImportRecordJobResult.parse(job.result).statements).toHaveLength(turns.length);
  });

  it("refuses a text with no speaker turns, and a viewer; stores nothing", async () => {
    await expectUnchanged(server.db, async () => {
      const plain = await analyst.client.post("/api/imports/record", { format: "text", content: "We welcome the report.\n\nThank you." });
      expectError(plain, 422, "not_a_record");
      expectError(await viewer.client.post("/api/imports/record", { format: "text", content: RECORD }), 403, "forbidden");
      const past = await analyst.client.post("/api/imports/record", { format: "text", content: RECORD, turns: [{ index: 9 }] });
      expectError(past, 400, "validation_failed");
    });
  });
});

describe("a meeting record imported whole", () => {
  it("reads as one statement: each turn after its marker, the cover and procedural lines set apart, the meeting as metadata", async () => {
    const res = await analyst.client.post("/api/imports/preview", { format: "text", content: RECORD });
    const body = ImportPreview.parse(res.body);
    expect(body.paragraphs.map((p) => p.text)).toEqual([
      "The President (spoke in Spanish): I thank Ms. DiCarlo for her briefing.",
      "Mr. Zhang Jun (China): China welcomes the efforts of the Secretary-General.",
      "We call on all parties to exercise restraint.",
      "Mrs. Thomas-Greenfield (United States of America): The United States supports the resolution.",
      "Mr. Nebenzia (Russian Federation) (spoke in Russian): We cannot support this text.",
    ]);
    expect(body.metadata).toMatchObject({
      title: "Security Council, 9500th meeting",
      forum: "Security Council",
      meetingSymbol: "S/PV.9500",
    });
    expect(body.dropped.map((d) => d.text)).toContain("The meeting was called to order at 10.05 a.m.");
  });
});
