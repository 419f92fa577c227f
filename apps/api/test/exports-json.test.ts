import { ExportedAnnotation, JsonExport } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANNOTATION_FIELDS } from "./support/assertions.ts";
import { annotate } from "./support/factories.ts";
import { EXPORTED, type ExportFixture, seedExportFixture } from "./support/export-fixture.ts";

let f: ExportFixture;
beforeAll(async () => {
  f = await seedExportFixture();
});
afterAll(() => f.server.stop());

const today = () => new Date().toISOString().slice(0, 10);
/**
 * The Content-Disposition of a file named `<stem>-<day>.json`, the day the server answered: from the day the request
 * was sent (`sentOn`) to today, so that a run crossing midnight (UTC) still reads it right.
 */
const namedFor = (stem: string, sentOn: string) => [sentOn, today()].map((day) => `attachment; filename="${stem}-${day}.json"`);
const byName = (items: { id: string }[], name: keyof ExportFixture["ids"]) => {
  const found = items.find((i) => i.id === f.ids[name]);
  if (!found) throw new Error(`${name} is not in the export`);
  return found as ExportedAnnotation;
};

describe("JSON export", () => {
  let res: Awaited<ReturnType<ExportFixture["get"]>>;
  let items: ExportedAnnotation[];
  let sentOn: string;
  beforeAll(async () => {
    sentOn = today();
    res = await f.get("/api/exports?format=json");
    items = JsonExport.parse(JSON.parse(res.text)).items;
  });

  it("is { items } of every live annotation of the workspace, in export order", () => {
    expect(Object.keys(JSON.parse(res.text))).toEqual(["items"]);
    expect(items.map((i) => f.nameOf(i.id))).toEqual([...EXPORTED]);
  });

  it("is a JSON file named for the workspace and today, with the count in X-Export-Count", () => {
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(namedFor("verbatim-workspace", sentOn)).toContain(res.headers.get("content-disposition"));
    expect(res.headers.get("x-export-count")).toBe(String(EXPORTED.length));
  });

  it("writes one item a line", () => {
    const lines = res.text.trimEnd().split("\n");
    expect(lines).toHaveLength(EXPORTED.length + 2);
    expect(lines[0]).toBe('{"items":[');
    expect(lines.at(-1)).toBe("]}");
    for (const line of lines.slice(1, -1)) expect(() => ExportedAnnotation.parse(JSON.parse(line.replace(/,$/, "")))).not.toThrow();
  });

  it("gives each item the annotation object as GET /api/annotations/:id has it", async () => {
    for (const item of items) {
      const { statement: _s, paragraphs: _p, review: _r, reference: _ref, citation: _c, ...annotation } = item;
      // The export's review (the latest, as a citation names it) takes the place of the annotation's review in force.
      // A file is no one's: it carries no abilities.
      const { review: _inForce, can: _can, ...got } = (await f.analyst.client.get(`/api/annotations/${item.id}`)).body.annotation;
      expect(Object.keys(annotation).sort()).toEqual(ANNOTATION_FIELDS.filter((k) => k !== "review" && k !== "can").sort());
      expect(annotation).toEqual(got);
    }
  });

  it("adds the statement's metadata", () => {
    expect(byName(items, "accepted").statement).toEqual({
      id: f.s1.id,
      slug: f.s1.slug,
      title: "Statement on organized crime",
      speaker: "Ms. Example",
      delegation: "Arcadia",
      onBehalfOf: null,
      forum: "UN Security Council open debate",
      meetingSymbol: "S/PV.9600",
      date: "2024-05-01",
      language: "en",
      sourceUrl: "https://example.org/s1",
    });
    expect(byName(items, "old").statement).toMatchObject({ title: "Undated remarks", date: null });
  });

  it("gives the ¶ numbers in the annotated revision and in the current one", () => {
    const p2 = f.s1.paragraphs.find((p) => p.id === "p2")?.number ?? 0;
    expect(byName(items, "accepted").paragraphs).toEqual({ number: p2, currentNumber: p2 + 1 });
    const s2p2 = f.s2.paragraphs.find((p) => p.id === "p2")?.number ?? 0;
    const s2p3 = f.s2.paragraphs.find((p) => p.id === "p3")?.number ?? 0;
    expect(byName(items, "range").paragraphs).toEqual({ number: s2p2, endNumber: s2p3, currentNumber: s2p2 });
  });

  it("adds the latest review, even of an annotation edited back to proposed; null when never reviewed", () => {
    expect(byName(items, "accepted").review).toEqual({
      status: "accepted",
      reviewer: "Rex Reviewer",
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      comment: "Matches the verbatim record",
    });
    expect(byName(items, "disputed").review).toMatchObject({ status: "disputed", comment: null });
    expect(byName(items, "other").review).toBeNull();
    expect(byName(items, "resolution")).toMatchObject({ status: "proposed", review: { status: "accepted", reviewer: "Rex Reviewer" } });
  });

  it("adds the canonical reference and a citation line", () => {
    const p2 = f.s1.paragraphs.find((p) => p.id === "p2")?.number ?? 0;
    const accepted = byName(items, "accepted");
    expect(accepted.reference).toBe(`${f.s1.slug}#p2`);
    expect(accepted.citation).toBe(
      `Arcadia, UN Security Council open debate, S/PV.9600, 1 May 2024, ¶${p2} (now ¶${p2 + 1}) (${f.s1.slug}#p2)`,
    );
    expect(byName(items, "other").citation).toMatch(
      /^Borduria on behalf of Group of Friends, UN Security Council open debate, 2 May 2024, ¶\d+ \(.+#p2\)$/,
    );
  });

  it("keeps the rich note beside its plain text", () => {
    const emoji = byName(items, "emoji");
    expect(emoji.note).toBe("Small arms matter");
    expect(emoji.noteDoc).toMatchObject({ type: "doc" });
  });

  it("is the default format, and names the file after a single statement", async () => {
    const sentOn = today();
    const plain = await f.get(`/api/exports?statement=${f.s2.slug}`);
    expect(namedFor(`verbatim-${f.s2.slug}`, sentOn)).toContain(plain.headers.get("content-disposition"));
    expect(JsonExport.parse(plain.body).items.map((i) => f.nameOf(i.id))).toEqual(["other", "range"]);
    const two = await f.get(`/api/exports?statement=${f.s1.slug},${f.s2.slug}`);
    expect(namedFor("verbatim-2-statements", sentOn)).toContain(two.headers.get("content-disposition"));
  });

  it("answers an empty selection with no items", async () => {
    const empty = await f.get("/api/exports?label=nothing");
    expect(JSON.parse(empty.text)).toEqual({ items: [] });
    expect(empty.headers.get("x-export-count")).toBe("0");
  });
});

describe("an annotation reviewed more than once", () => {
  it("exports its latest review only", async () => {
    const { id } = await annotate(f.analyst.client, f.s3.slug, { labels: ["reviewed-twice"] });
    for (const [version, status, comment] of [
      [1, "disputed", "Not what was said"],
      [2, "accepted", "Checked against the audio"],
    ] as const) {
      const res = await f.reviewer.client.post(`/api/annotations/${id}/reviews`, { status, version, comment });
      expect(res.status, res.text).toBe(200);
    }
    const items = JsonExport.parse(JSON.parse((await f.get("/api/exports?format=json&label=reviewed-twice")).text)).items;
    expect(items.map((i) => [i.id, i.status, i.review?.status, i.review?.comment])).toEqual([
      [id, "accepted", "accepted", "Checked against the audio"],
    ]);
  });
});
