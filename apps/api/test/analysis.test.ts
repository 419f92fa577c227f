import { JsonExport, Matrix, PASSAGES_PAGE_SIZE, Passages } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "./support/api-client.ts";
import { annotate, importStatement, member, type Member, newWorkspace } from "./support/factories.ts";
import { type SearchCorpus, startSearchCorpus } from "./support/search-corpus.ts";
import type { TestServer } from "./support/test-server.ts";

// Retrieved passages and the matrix (issue 17, items 2 and 3), over the search tests' corpus: Arcadia (2024, Security
// Council), Borduria for the Group of 77 (2023, General Assembly) and France (2024, Security Council).
let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;
let s: SearchCorpus["s"];
const ids: Record<string, string> = {};

const span = (paragraph: string, words: string) => ({ start: paragraph.indexOf(words), end: paragraph.indexOf(words) + words.length });
const C1 = "We have organized a workshop on cybercrime and its victims.";
const C2 = "The Council recalled resolution 74/247 and the record S/PV.9500 of the meeting.";
const C4 = "The Council must act.";
const G2 = "Cybercrime threatens development; we urge ratification of the Convention.";
const G3 = "International cooperation against terrorism remains essential.";
const F2 = "Nous soutenons la coopération internationale contre la cybercriminalité.";

beforeAll(async () => {
  ({ server, admin, analyst, viewer, s } = await startSearchCorpus());
  const tag = async (name: string, client: ApiClient, slug: string, body: Record<string, unknown>) => {
    ids[name] = (await annotate(client, slug, body)).id;
  };
  await tag("arcadiaCyber", analyst.client, s.cyber.slug, {
    target: { paragraphId: "p1", ...span(C1, "cybercrime") },
    attributes: { stance: "supports", topics: ["Cybercrime", "Victims"] },
    labels: ["priority", "follow-up"],
  });
  await tag("arcadiaAct", analyst.client, s.cyber.slug, {
    target: { paragraphId: "p4", ...span(C4, "must act") },
    attributes: { stance: "urges", topics: ["Cybercrime"] },
    labels: ["priority"],
  });
  await tag("arcadiaRef", analyst.client, s.cyber.slug, {
    kind: "cross-reference",
    target: { paragraphId: "p2", ...span(C2, "resolution 74/247") },
    attributes: { target: "UNTOC", relation: "cites" },
  });
  await tag("bordCyber", admin.client, s.g77.slug, {
    target: { paragraphId: "p2", ...span(G2, "Cybercrime threatens development") },
    attributes: { stance: "opposes", topics: ["Cybercrime"] },
    labels: ["priority"],
  });
  await tag("bordPledge", admin.client, s.g77.slug, {
    kind: "commitment",
    target: { paragraphId: "p2", ...span(G2, "we urge ratification") },
    attributes: { strength: "pledge" },
  });
  await tag("bordTerror", admin.client, s.g77.slug, {
    target: { paragraphId: "p3", ...span(G3, "International cooperation") },
    attributes: { stance: "supports", topics: ["Terrorism"] },
  });
  await tag("france", admin.client, s.french.slug, {
    target: { paragraphId: "p2", ...span(F2, "coopération internationale") },
    attributes: { stance: "supports", topics: ["Cybercrime"] },
  });
  // Not counted anywhere: a deleted annotation.
  const gone = await annotate(analyst.client, s.cyber.slug, {
    target: { paragraphId: "p1", ...span(C1, "workshop") },
    attributes: { stance: "opposes", topics: ["Cybercrime"] },
  });
  const deleted = await analyst.client.delete(`/api/annotations/${gone.id}?version=${gone.version}`);
  expect(deleted.status, deleted.text).toBe(204);
});
afterAll(() => server.stop());

async function matrix(client: ApiClient, query: string) {
  const res = await client.get(`/api/analysis/matrix?${query}`);
  expect(res.status, res.text).toBe(200);
  return Matrix.parse(res.body);
}
async function passages(client: ApiClient, query: string) {
  const res = await client.get(`/api/passages?${query}`);
  expect(res.status, res.text).toBe(200);
  return Passages.parse(res.body);
}
const cell = (m: Matrix, row: string, col: string) => m.cells.find((c) => c.row === row && c.col === col);

describe("GET /api/analysis/matrix", () => {
  it("counts delegation × topic with the stance mix in each cell, most counted first", async () => {
    const m = await matrix(viewer.client, "rows=delegation&cols=topic");
    expect(m).toMatchObject({ rowsBy: "delegation", colsBy: "topic", breakdownBy: "stance", truncated: { rows: false, cols: false } });
    expect(m.rows).toEqual([
      { key: "Arcadia", label: "Arcadia", count: 2 },
      { key: "Borduria", label: "Borduria", count: 2 },
      { key: "France", label: "France", count: 1 },
    ]);
    expect(m.cols).toEqual([
      { key: "Cybercrime", label: "Cybercrime", count: 4 },
      { key: "Terrorism", label: "Terrorism", count: 1 },
      { key: "Victims", label: "Victims", count: 1 },
    ]);
    expect(cell(m, "Arcadia", "Cybercrime")).toEqual({
      row: "Arcadia",
      col: "Cybercrime",
      count: 2,
      breakdown: [
        { key: "supports", label: "supports", count: 1 },
        { key: "urges", label: "urges", count: 1 },
      ],
    });
    expect(cell(m, "Borduria", "Cybercrime")?.breakdown).toEqual([{ key: "opposes", label: "opposes", count: 1 }]);
    expect(cell(m, "France", "Terrorism")).toBeUndefined();
    // Five annotations carry a topic; the one with two topics counts once.
    expect(m.total).toBe(5);
  });

  it("keeps annotations without the breakdown's value under a null key, and names instruments", async () => {
    const m = await matrix(viewer.client, "rows=delegation&cols=kind");
    expect(cell(m, "Borduria", "commitment")?.breakdown).toEqual([{ key: null, label: "(none)", count: 1 }]);
    const cited = await matrix(viewer.client, "rows=delegation&cols=instrument&breakdown=kind");
    expect(cited.cols).toHaveLength(1);
    expect(cited.cols[0]?.key).toBe("UNTOC");
    expect(cell(cited, "Arcadia", "UNTOC")?.count).toBe(1);
  });

  it("counts label × label co-occurrence, each label with itself on the diagonal", async () => {
    const m = await matrix(viewer.client, "rows=label&cols=label&breakdown=delegation");
    expect(cell(m, "priority", "priority")?.count).toBe(3);
    expect(cell(m, "priority", "follow-up")).toMatchObject({ count: 1, breakdown: [{ key: "Arcadia", count: 1 }] });
    expect(cell(m, "follow-up", "priority")?.count).toBe(1);
    expect(m.rows.find((r) => r.key === "priority")?.count).toBe(3);
  });

  it("puts years and months in time order, and counts a cell broken down by a multi-valued dimension once", async () => {
    const byYear = await matrix(viewer.client, "rows=year&cols=kind&breakdown=topic");
    expect(byYear.rows.map((r) => r.key)).toEqual(["2023", "2024"]);
    // Arcadia's first position has two topics: it counts once in its cell, and once in each part.
    expect(cell(byYear, "2024", "position")).toMatchObject({ count: 3 });
    const parts = cell(byYear, "2024", "position")?.breakdown ?? [];
    expect(parts.find((p) => p.key === "Cybercrime")?.count).toBe(3);
    expect(parts.find((p) => p.key === "Victims")?.count).toBe(1);
    const byMonth = await matrix(viewer.client, "rows=month&cols=delegation&month=2024-05&month=2023-03");
    expect(byMonth.rows.map((r) => r.key)).toEqual(["2023-03", "2024-05"]);
  });

  it("applies every filter", async () => {
    const m = await matrix(viewer.client, "rows=delegation&cols=stance&topic=Cybercrime&forum=Security%20Council");
    expect(m.rows.map((r) => r.key)).toEqual(["Arcadia", "France"]);
    const both = await matrix(viewer.client, "rows=delegation&cols=kind&label=priority&label=follow-up&all=label");
    expect(both.total).toBe(1);
    const none = await matrix(viewer.client, "rows=delegation&cols=topic&year=1999");
    expect(none).toMatchObject({ rows: [], cols: [], cells: [], total: 0 });
  });

  it("refuses a dimension it does not know, and counts nothing of another workspace", async () => {
    const bad = await viewer.client.get("/api/analysis/matrix?rows=delegation&cols=colour");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    const other = await member(server, await newWorkspace(server), "analyst");
    await importStatement(other.client, { title: "Elsewhere", delegation: "Arcadia", content: "One.\n\nTwo words here." });
    const m = await matrix(other.client, "rows=delegation&cols=topic");
    expect(m.total).toBe(0);
  });
});

describe("GET /api/passages", () => {
  it("groups by topic, an annotation in each of its topics, those without one last, each with its paragraph", async () => {
    const r = await passages(viewer.client, "kind=position&kind=commitment");
    expect(r.groups).toEqual([
      { key: "Cybercrime", label: "Cybercrime", count: 4 },
      { key: "Terrorism", label: "Terrorism", count: 1 },
      { key: "Victims", label: "Victims", count: 1 },
      { key: null, label: "No topic", count: 1 },
    ]);
    expect(r.total).toBe(6);
    expect(r.groupCount).toBe(4);
    expect(r.items.map((i) => [i.group.key, i.annotation.id])).toEqual([
      // Newest statement first within a group, then reading order.
      ["Cybercrime", ids.arcadiaCyber],
      ["Cybercrime", ids.arcadiaAct],
      ["Cybercrime", ids.france],
      ["Cybercrime", ids.bordCyber],
      ["Terrorism", ids.bordTerror],
      ["Victims", ids.arcadiaCyber],
      [null, ids.bordPledge],
    ]);
    for (const item of r.items) expect(item.text.slice(item.annotation.start, item.annotation.end)).toBe(item.annotation.quote);
    expect(r.items[0]).toMatchObject({ statement: { slug: s.cyber.slug, delegation: "Arcadia" }, paragraphId: "p1", number: 1, text: C1 });
    expect(r.nextCursor).toBeNull();
  });

  it("groups by stance, delegation or statement", async () => {
    const byStance = await passages(viewer.client, "group=stance&topic=Cybercrime");
    expect(byStance.groups.map((g) => [g.key, g.count])).toEqual([
      ["opposes", 1],
      ["supports", 2],
      ["urges", 1],
    ]);
    const byDelegation = await passages(viewer.client, "group=delegation&kind=cross-reference");
    expect(byDelegation.groups).toEqual([{ key: "Arcadia", label: "Arcadia", count: 1 }]);
    const byStatement = await passages(viewer.client, "group=statement");
    // Newest statement first, each labelled by its title.
    expect(byStatement.groups.map((g) => [g.key, g.label, g.count])).toEqual([
      [s.cyber.slug, "Cyber debate", 3],
      [s.french.slug, "Déclaration", 1],
      [s.g77.slug, "Development and crime", 3],
    ]);
  });

  it("selects co-occurring labels with all=label, and exports what it shows with the same parameters", async () => {
    const filters = "label=priority&label=follow-up&all=label";
    const r = await passages(viewer.client, filters);
    expect(r.items.map((i) => i.annotation.id)).toEqual([ids.arcadiaCyber, ids.arcadiaCyber]);
    const exported = await viewer.client.get(`/api/exports?format=json&${filters}`);
    expect(exported.status, exported.text).toBe(200);
    expect(JsonExport.parse(exported.body).items.map((i) => i.id)).toEqual([ids.arcadiaCyber]);

    const wider = "delegation=Arcadia&delegation=Borduria&topic=Cybercrime&year=2024&year=2023";
    const shown = await passages(viewer.client, wider);
    const all = await viewer.client.get(`/api/exports?format=json&${wider}`);
    expect(all.status, all.text).toBe(200);
    expect(
      JsonExport.parse(all.body)
        .items.map((i) => i.id)
        .sort(),
    ).toEqual([...new Set(shown.items.map((i) => i.annotation.id))].sort());
    expect(shown.total).toBe(3);
  });

  it("pages through many passages with a cursor, none twice and none missed", async () => {
    const many = await importStatement(analyst.client, {
      title: "Long list",
      delegation: "Arcadia",
      date: "2020-01-01",
      content: Array.from({ length: 60 }, (_, i) => `Paragraph number ${i + 1} on tagged ground.`).join("\n\n"),
    });
    for (let i = 0; i < PASSAGES_PAGE_SIZE + 5; i++) {
      await annotate(analyst.client, many.slug, {
        target: { paragraphId: `p${i + 1}`, start: 0, end: 9 },
        attributes: { stance: "notes", topics: ["Long"] },
      });
    }
    const first = await passages(viewer.client, "topic=Long");
    expect(first.items).toHaveLength(PASSAGES_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await passages(viewer.client, `topic=Long&cursor=${encodeURIComponent(first.nextCursor ?? "")}`);
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const numbers = [...first.items, ...second.items].map((i) => i.number);
    expect(numbers).toEqual(Array.from({ length: PASSAGES_PAGE_SIZE + 5 }, (_, i) => i + 1));
    const bad = await viewer.client.get("/api/passages?cursor=nonsense");
    expect(bad.status).toBe(400);
  });
});
