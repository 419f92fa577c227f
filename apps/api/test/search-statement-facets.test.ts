import { SearchFacetCounts, SearchQuery } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshStatementFacets } from "../src/features/search/corpus-facets-sql.ts";
import { parseSearchQuery } from "../src/features/search/parse-search-query.ts";
import { facetCountsSql, type FacetRow, hitFacetCountsSql, type SearchPlan } from "../src/features/search/search-sql.ts";
import { annotate, type Member } from "./support/factories.ts";
import { revise } from "./support/placing-fixture.ts";
import { type SearchCorpus, startSearchCorpus } from "./support/search-corpus.ts";
import type { TestServer } from "./support/test-server.ts";

// A search without words counts its facets from each statement's kept counts (statement_facets), which the database
// marks stale when annotations, codes, paragraphs or the current revision change; stale statements are counted from
// their annotations. Whatever is stale or fresh, the answer must be the one the hits themselves give.
let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;
let s: SearchCorpus["s"];
beforeAll(async () => {
  ({ server, admin, analyst, viewer, s } = await startSearchCorpus());
  const p1 = "We have organized a workshop on cybercrime and its victims.";
  const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  await annotate(analyst.client, s.cyber.slug, {
    target: { paragraphId: "p1", ...at(p1, "cybercrime") },
    attributes: { stance: "supports", topics: ["Cybercrime"] },
    labels: ["priority"],
  });
  // Two on one paragraph: the paragraph is counted once for what they share.
  await annotate(admin.client, s.cyber.slug, {
    target: { paragraphId: "p1", ...at(p1, "workshop") },
    attributes: { stance: "supports", topics: ["Cybercrime", "Victims"] },
  });
  const c2 = "The Council recalled resolution 74/247 and the record S/PV.9500 of the meeting.";
  await annotate(analyst.client, s.cyber.slug, {
    kind: "cross-reference",
    target: { paragraphId: "p2", ...at(c2, "resolution 74/247") },
    attributes: { target: "A/RES/74/247", relation: "cites" },
  });
  const g2 = "Cybercrime threatens development; we urge ratification of the Convention.";
  await annotate(admin.client, s.g77.slug, {
    kind: "commitment",
    target: { paragraphId: "p2", ...at(g2, "we urge ratification") },
    attributes: { strength: "pledge" },
    labels: ["priority"],
  });
});
afterAll(() => server.stop());

const FILTERS = ["year=2023&year=2024", "delegation=Arcadia", "forum=Security+Council&year=2024", "onBehalfOf=Group+of+77+and+China"];

/** The facets as GET /api/search/facets gives them (summed from the statements' counts). */
async function summed(filters: string) {
  const res = await viewer.client.get(`/api/search/facets?${filters}`);
  expect(res.status, res.text).toBe(200);
  return SearchFacetCounts.parse(res.body).facets;
}

/** The same facets counted over the hits and the annotations on them, as a search with words counts them. */
async function overHits(filters: string) {
  return byFacet(await server.db.$queryRaw<FacetRow[]>(hitFacetCountsSql(planOf(filters))));
}

/** A search without words and with these filters, as the use case plans it. */
function planOf(filters: string): SearchPlan {
  const params = new URLSearchParams(filters);
  const query = SearchQuery.parse(Object.fromEntries([...params.keys()].map((k) => [k, params.getAll(k)])));
  return { workspaceId: admin.workspaceId, type: "paragraphs", parsed: parseSearchQuery(""), filters: query, alike: true };
}

function byFacet(rows: readonly FacetRow[]) {
  const facets: Record<string, Omit<FacetRow, "facet">[]> = {};
  for (const r of rows) (facets[r.facet] ??= []).push({ value: r.value, label: r.label, count: r.count });
  return facets;
}

const nonEmpty = (facets: Record<string, unknown[]>) => Object.fromEntries(Object.entries(facets).filter(([, v]) => v.length > 0));

/**
 * The route's answer (from kept counts, stale ones counted from annotations: whichever the refresher left) and, in a
 * transaction that marks every statement stale (the refresher skips what it holds), the answer from annotations alone:
 * each must be the hits' own.
 */
async function expectSameAsHits() {
  for (const filters of FILTERS) expect(nonEmpty(await summed(filters)), filters).toEqual(await overHits(filters));
  await server.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT verbatim_mark_statement_facets_stale(ARRAY(SELECT id FROM statements))`;
    for (const filters of FILTERS) {
      const rows = await tx.$queryRaw<FacetRow[]>(facetCountsSql(planOf(filters)));
      expect(byFacet(rows), `${filters}, every statement stale`).toEqual(await overHits(filters));
    }
  });
}

describe("facets of a search without words", () => {
  it("are the hits' own, whether counted from stale statements or summed from kept counts", async () => {
    await expectSameAsHits();
    await refreshStatementFacets(server.db);
    await expectSameAsHits();
    const facets = await summed("year=2024");
    expect(facets.delegation).toEqual([
      { value: "Arcadia", label: "Arcadia", count: 4 },
      { value: "France", label: "France", count: 2 },
    ]);
    // ¶1 carries two "supports", counted once; the code facets name the codes.
    expect(facets.stance).toEqual([{ value: "supports", label: "supports", count: 1 }]);
    expect(facets.topic).toEqual([
      { value: "Cybercrime", label: "Cybercrime", count: 1 },
      { value: "Victims", label: "Victims", count: 1 },
    ]);
    expect(facets.instrument.map((f) => [f.value, f.count])).toEqual([["A/RES/74/247", 1]]);
  });

  it("follow a deleted annotation, a code added, a renamed code and a new revision at once", async () => {
    await refreshStatementFacets(server.db);
    const tag = await annotate(analyst.client, s.french.slug, {
      target: { paragraphId: "p2", start: 0, end: 4 },
      attributes: { stance: "supports", topics: ["Cybercrime"] },
    });
    await expectSameAsHits();
    expect((await summed("forum=Security+Council")).stance).toEqual([{ value: "supports", label: "supports", count: 2 }]);

    await refreshStatementFacets(server.db);
    const gone = await analyst.client.delete(`/api/annotations/${tag.id}?version=${tag.version}`);
    expect(gone.status, gone.text).toBe(204);
    await expectSameAsHits();
    expect((await summed("forum=Security+Council")).stance).toEqual([{ value: "supports", label: "supports", count: 1 }]);

    // A renamed code is named anew at once: the kept counts hold its ID, not its name.
    const codes = await admin.client.get("/api/codebook/codes?type=topic");
    const victims = (codes.body.items as { id: string; name: string; version: number }[]).find((c) => c.name === "Victims")!;
    const renamed = await admin.client.patch(`/api/codebook/codes/${victims.id}`, { name: "Survivors", version: victims.version });
    expect(renamed.status, renamed.text).toBe(200);
    await refreshStatementFacets(server.db);
    expect((await summed("year=2024")).topic.map((f) => f.value)).toEqual(["Cybercrime", "Survivors"]);

    await revise(
      admin.client,
      s.g77.slug,
      "The delegation organised the conference.\n\nCybercrime threatens development; we urge ratification of the Convention.\n\nA new paragraph.\n\nAnd another.",
    );
    await expectSameAsHits();
    await refreshStatementFacets(server.db);
    await expectSameAsHits();
    expect((await summed("delegation=Borduria")).delegation).toEqual([
      { value: "Arcadia", label: "Arcadia", count: 4 },
      { value: "Borduria", label: "Borduria", count: 4 },
      { value: "France", label: "France", count: 2 },
    ]);
  });
});
