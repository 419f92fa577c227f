import { SEARCH_FACETS, SEARCH_PAGE_SIZE, type SearchResults } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotate, importStatement, type Member } from "./support/factories.ts";
import { find, paragraphs, q, refs, type SearchCorpus, startSearchCorpus, text } from "./support/search-corpus.ts";
import type { TestServer } from "./support/test-server.ts";

// Search everywhere (issue 17, item 1), its annotation results, facets, filters and pages; search.test.ts has the
// query's syntax and the refusals.
let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;
let s: SearchCorpus["s"];
beforeAll(async () => {
  ({ server, admin, analyst, viewer, s } = await startSearchCorpus());
});
afterAll(() => server.stop());

describe("GET /api/search: annotations, facets and filters", () => {
  const ids: Record<"position" | "commitment" | "reference", string> = {} as never;
  const span = (paragraph: string, words: string) => ({ start: paragraph.indexOf(words), end: paragraph.indexOf(words) + words.length });
  beforeAll(async () => {
    const p1 = "We have organized a workshop on cybercrime and its victims.";
    ids.position = (
      await annotate(analyst.client, s.cyber.slug, {
        target: { paragraphId: "p1", ...span(p1, "cybercrime") },
        attributes: { stance: "supports", topics: ["Cybercrime"] },
        labels: ["priority"],
        note: "Follow up with the rapporteur",
      })
    ).id;
    const g2 = "Cybercrime threatens development; we urge ratification of the Convention.";
    const commitment = await annotate(admin.client, s.g77.slug, {
      kind: "commitment",
      target: { paragraphId: "p2", ...span(g2, "we urge ratification") },
      attributes: { strength: "pledge" },
    });
    ids.commitment = commitment.id;
    const review = await admin.client.post(`/api/annotations/${commitment.id}/reviews`, {
      status: "accepted",
      version: commitment.version,
    });
    expect(review.status, review.text).toBe(200);
    const c2 = "The Council recalled resolution 74/247 and the record S/PV.9500 of the meeting.";
    ids.reference = (
      await annotate(analyst.client, s.cyber.slug, {
        kind: "cross-reference",
        target: { paragraphId: "p2", ...span(c2, "resolution 74/247") },
        attributes: { target: "A/RES/74/247", relation: "cites" },
      })
    ).id;
    const comment = await analyst.client.post(`/api/annotations/${ids.reference}/comments`, { body: "Worth a second look" });
    expect(comment.status, comment.text).toBe(201);
  });
  const words = q("cybercrime or recalled or ratification");

  it("counts every facet over all the results, most first, a person's name beside each author's ID", async () => {
    const r = await find(viewer.client, words);
    expect(r.total).toBe(3);
    expect(Object.keys(r.facets).sort()).toEqual([...SEARCH_FACETS].sort());
    const counts = (facet: keyof typeof r.facets) => r.facets[facet].map((f) => [f.value, f.count]);
    expect(counts("delegation")).toEqual([
      ["Arcadia", 2],
      ["Borduria", 1],
    ]);
    // The registry names the group in full.
    expect(counts("onBehalfOf")).toEqual([["Group of 77 and China", 1]]);
    expect(counts("forum")).toEqual([
      ["Security Council", 2],
      ["General Assembly", 1],
    ]);
    expect(counts("year")).toEqual([
      ["2024", 2],
      ["2023", 1],
    ]);
    expect(counts("kind").sort()).toEqual([
      ["commitment", 1],
      ["cross-reference", 1],
      ["position", 1],
    ]);
    expect(counts("stance")).toEqual([["supports", 1]]);
    expect(counts("strength")).toEqual([["pledge", 1]]);
    expect(counts("label")).toEqual([["priority", 1]]);
    expect(counts("topic")).toEqual([["Cybercrime", 1]]);
    expect(counts("instrument")).toEqual([["A/RES/74/247", 1]]);
    expect(counts("status")).toEqual([
      ["proposed", 2],
      ["accepted", 1],
    ]);
    expect(r.facets.author).toEqual([
      { value: analyst.userId, label: "Ana Lyst", count: 2 },
      { value: admin.userId, label: "Ada Admin", count: 1 },
    ]);
  });

  it("filters by each facet's values as the facets list gives them: any of a facet's values, every facet", async () => {
    const all = await find(viewer.client, words);
    for (const facet of SEARCH_FACETS) {
      expect(all.facets[facet].length, facet).toBeGreaterThan(0);
      for (const { value, count } of all.facets[facet]) {
        const narrowed = await find(viewer.client, `${words}&${facet}=${encodeURIComponent(value)}`);
        expect(narrowed.total, `${facet}=${value}`).toBe(count);
        // A facet's own counts leave its own filter out, so its other values can still be added.
        expect(narrowed.facets[facet], `${facet}=${value}`).toEqual(all.facets[facet]);
      }
    }
    expect((await find(viewer.client, `${words}&delegation=Arcadia&delegation=Borduria`)).total).toBe(3);
    expect((await find(viewer.client, `${words}&delegation=Arcadia&kind=commitment`)).total).toBe(0);
    // With two facets filtered, each counts what the other one keeps.
    const both = await find(viewer.client, `${words}&delegation=Arcadia&kind=position`);
    expect(both.facets.kind).toEqual((await find(viewer.client, `${words}&delegation=Arcadia`)).facets.kind);
    expect(both.facets.delegation).toEqual((await find(viewer.client, `${words}&kind=position`)).facets.delegation);
    expect(refs(await find(viewer.client, `${words}&status=accepted`))).toEqual([`${s.g77.slug}#p2`]);
    // No query: everything the filters keep, in reading order.
    const borduria = await find(viewer.client, "delegation=Borduria");
    expect(refs(borduria)).toEqual([1, 2, 3].map((n) => `${s.g77.slug}#p${n}`));
    expect(paragraphs(borduria).every((i) => i.matches.length === 0)).toBe(true);
    expect(refs(await find(viewer.client, `${q(" ")}&year=2023&onBehalfOf=${encodeURIComponent("Group of 77 and China")}`))).toHaveLength(
      3,
    );
  });

  it("carries each paragraph's live annotations", async () => {
    const r = await find(viewer.client, q("workshop"));
    expect(paragraphs(r)[0]!.annotations).toEqual([
      {
        id: ids.position,
        kind: "position",
        status: "proposed",
        attributes: expect.objectContaining({ stance: "supports" }),
        quote: "cybercrime",
        start: 32,
        end: 42,
        labels: ["priority"],
        topics: ["Cybercrime"],
        note: "Follow up with the rapporteur",
        author: { id: analyst.userId, name: "Ana Lyst" },
      },
    ]);
  });

  it("finds annotations by their quote, note, labels, topics, comments or paragraph, each with its paragraph", async () => {
    const hits = async (query: string) => {
      const r = await find(viewer.client, `${query}&type=annotations`);
      return r.items.map((i) => ("annotation" in i ? i.annotation.id : "not an annotation hit"));
    };
    expect(await hits(q("rapporteur"))).toEqual([ids.position]);
    expect(await hits(q("priority"))).toEqual([ids.position]);
    expect(await hits(q('"second look"'))).toEqual([ids.reference]);
    expect(await hits(q("74/247"))).toEqual([ids.reference]);
    expect((await hits(q("cybercrime"))).sort()).toEqual([ids.position, ids.commitment].sort());
    expect(await hits("kind=commitment")).toEqual([ids.commitment]);
    const r = await find(viewer.client, `${q("rapporteur")}&type=annotations`);
    expect(r.items[0]).toMatchObject({ statement: { slug: s.cyber.slug }, paragraphId: "p1", number: 1, matches: [] });
    expect(r.facets.kind).toEqual([{ value: "position", label: "position", count: 1 }]);
    expect((await find(viewer.client, `${q("delegation")}&type=annotations`)).items).toEqual([]);
  });
});

describe("GET /api/search: ranking and pages", () => {
  const slugs: string[] = [];
  beforeAll(async () => {
    const same = Array.from({ length: 25 }, () => "Quokka sightings are reported.");
    for (const delegation of ["Bland", "Aland"]) {
      slugs.push((await importStatement(admin.client, { delegation, date: "2021-06-01", language: "en", content: text(...same) })).slug);
    }
    slugs.sort();
    slugs.unshift((await importStatement(admin.client, { delegation: "Cland", date: "2021-07-01", content: text(same[0]!) })).slug);
    slugs.unshift(
      (await importStatement(admin.client, { delegation: "Dland", date: "2019-01-01", content: "Quokka, quokka and quokka." })).slug,
    );
  });

  it("ranks by relevance, then date (latest first), slug and place in the text, the same every time, a page at a time", async () => {
    const expected = [
      `${slugs[0]}#p1`,
      `${slugs[1]}#p1`,
      ...Array.from({ length: 25 }, (_, n) => `${slugs[2]}#p${n + 1}`),
      ...Array.from({ length: 25 }, (_, n) => `${slugs[3]}#p${n + 1}`),
    ];
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r: SearchResults = await find(viewer.client, q("quokka", cursor ? `&cursor=${cursor}` : ""));
      expect(r.total).toBe(52);
      expect(r.items.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
      seen.push(...refs(r));
      cursor = r.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected);
    expect(refs(await find(viewer.client, q("quokka")))).toEqual(expected.slice(0, SEARCH_PAGE_SIZE));
  });
});
