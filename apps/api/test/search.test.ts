import { MAX_SEARCH_QUERY, SearchResults } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "./support/assertions.ts";
import { importStatement, member, type Member, newWorkspace } from "./support/factories.ts";
import { find, marked, paragraphs, q, refs, type SearchCorpus, startSearchCorpus } from "./support/search-corpus.ts";
import type { TestServer } from "./support/test-server.ts";
import { parseSearchQuery } from "../src/features/search/parse-search-query.ts";
import { hitsSql, parsesAlike, type SearchPlan } from "../src/features/search/search-sql.ts";
import { Prisma } from "../src/generated/prisma/client.ts";

// Search everywhere (issue 17, item 1): the current text of the workspace's statements, indexed by the database in
// each statement's language with accents and British spellings folded, symbol terms as substrings, with facets.
let server: TestServer;
let admin: Member;
let viewer: Member;
let s: SearchCorpus["s"];
beforeAll(async () => {
  ({ server, admin, viewer, s } = await startSearchCorpus());
});
afterAll(() => server.stop());

describe("GET /api/search: the query", () => {
  it("searches words every language parses alike with one query, finding and ranking what one query per language does", async () => {
    // "Council" parses alike in every configuration ('council'); "cybercrime", "délégation" and "coopération" are
    // one stem in English and another in French. Where they are alike, each plan must give the very rows of the other.
    for (const words of ["Council", "Council -act", "Council or délégation", "cybercrime", "coopération"]) {
      const parsed = parseSearchQuery(words);
      const alike = await parsesAlike(server.db, parsed.text);
      const rows = (plan: SearchPlan) =>
        server.db.$queryRaw<unknown[]>(Prisma.sql`SELECT hit_id, rank FROM (${hitsSql(plan)}) h ORDER BY 1`);
      const plan = (one: boolean): SearchPlan => ({ workspaceId: admin.workspaceId, type: "paragraphs", parsed, filters: {}, alike: one });
      if (alike) expect(await rows(plan(true)), words).toEqual(await rows(plan(false)));
      expect(alike, words).toBe(words === "Council" || words === "Council -act");
      expect((await rows(plan(false))).length, words).toBeGreaterThan(0);
    }
  });

  it("finds a word in the current text of every statement, with the paragraph, its statement and the words marked", async () => {
    const r = await find(viewer.client, q("cybercrime"));
    expect(refs(r).sort()).toEqual([`${s.cyber.slug}#p1`, `${s.g77.slug}#p2`].sort());
    expect(r).toMatchObject({ total: 2, totalExact: true, nextCursor: null });
    const hit = paragraphs(r).find((i) => i.statement.slug === s.cyber.slug)!;
    expect(hit).toMatchObject({
      statement: { title: "Cyber debate", delegation: "Arcadia", onBehalfOf: null, forum: "Security Council", date: "2024-05-01" },
      number: 1,
      annotations: [],
    });
    expect(marked(hit)).toEqual(["cybercrime"]);
  });

  it("reads phrases, or and exclusion as websearch_to_tsquery does; an unclosed quote closes at the end", async () => {
    expect(refs(await find(viewer.client, q('"urge ratification"')))).toEqual([`${s.g77.slug}#p2`]);
    expect(refs(await find(viewer.client, q('"ratification urge"')))).toEqual([]);
    expect(refs(await find(viewer.client, q('"urge ratification')))).toEqual([`${s.g77.slug}#p2`]);
    expect(refs(await find(viewer.client, q("terrorism or workshop"))).sort()).toEqual([`${s.cyber.slug}#p1`, `${s.g77.slug}#p3`].sort());
    expect(refs(await find(viewer.client, q("cybercrime -workshop")))).toEqual([`${s.g77.slug}#p2`]);
  });

  it("matches terms with a digit, / or . as case-insensitive substrings, which the words must hold too", async () => {
    for (const term of ["74/247", "s/pv.9500", "S/PV.9500", "(74/247),"]) {
      const r = await find(viewer.client, q(term));
      expect(refs(r), term).toEqual([`${s.cyber.slug}#p2`]);
      expect(marked(paragraphs(r)[0]!)).toEqual([term.includes("74") ? "74/247" : "S/PV.9500"]);
    }
    expect(marked(paragraphs(await find(viewer.client, q("recalled 74/247")))[0]!)).toEqual(["recalled", "74/247"]);
    expect(refs(await find(viewer.client, q("74/247 workshop")))).toEqual([]);
    expect(refs(await find(viewer.client, q("council -74/247")))).toEqual([`${s.cyber.slug}#p4`]);
    // A substring, never a similarity: a near miss finds nothing.
    expect(refs(await find(viewer.client, q("74/248")))).toEqual([]);
  });

  it("folds British and American spellings both ways, marking the words as written", async () => {
    for (const word of ["organised", "organized"]) {
      expect(refs(await find(viewer.client, q(word))).sort(), word).toEqual([`${s.cyber.slug}#p1`, `${s.g77.slug}#p1`].sort());
    }
    expect(refs(await find(viewer.client, q("recognized")))).toEqual([`${s.g77.slug}#p1`]);
    const r = await find(viewer.client, q("behavior center labor"));
    expect(refs(r)).toEqual([`${s.cyber.slug}#p3`]);
    expect(marked(paragraphs(r)[0]!)).toEqual(["behaviour", "centre", "labour"]);
    const [row] = await server.db.$queryRaw<
      { folded: string }[]
    >`SELECT verbatim_fold('Four of your hours; the colour, Programmes, fulfil, labelled') AS folded`;
    expect(row!.folded).toBe("Four of your hours; the color, Programs, fulfill, labeled");
  });

  it("indexes each statement in its language, accents folded, and again when its language changes", async () => {
    // French stemming (and English, for the English statements): "résolution" finds "résolutions"; unaccent:
    // "securite" finds "sécurité".
    const resolution = [`${s.french.slug}#p1`, `${s.cyber.slug}#p2`].sort();
    expect(refs(await find(viewer.client, q("résolution"))).sort()).toEqual(resolution);
    const accents = await find(viewer.client, q("securite"));
    expect(refs(accents)).toEqual([`${s.french.slug}#p1`]);
    expect(marked(paragraphs(accents)[0]!)).toEqual(["sécurité"]);
    expect(refs(await find(viewer.client, q("Délégation"))).sort()).toEqual([`${s.french.slug}#p1`, `${s.g77.slug}#p1`].sort());

    s.later = await importStatement(admin.client, {
      title: "Sans langue",
      delegation: "Belgique",
      forum: "General Assembly",
      date: "2022-01-01",
      content: "Nous saluons les résolutions adoptées.",
    });
    // Without a language it is indexed word for word (simple): the plural is another word.
    expect(refs(await find(viewer.client, q("résolution"))).sort()).toEqual(resolution);
    const patched = await admin.client.patch(`/api/statements/${s.later.slug}`, { version: 1, language: "fr" });
    expect(patched.status, patched.text).toBe(200);
    expect(refs(await find(viewer.client, q("résolution"))).sort()).toEqual([...resolution, `${s.later.slug}#p1`].sort());
  });

  it("searches a statement's current revision only", async () => {
    const revised = await importStatement(admin.client, {
      title: "Revised",
      date: "2020-02-02",
      content: "The first wording said walrus.",
    });
    expect(refs(await find(viewer.client, q("walrus")))).toEqual([`${revised.slug}#p1`]);
    const res = await admin.client.post(`/api/statements/${revised.slug}/revisions`, {
      format: "text",
      content: "The first wording said narwhal.",
      note: "Corr.1",
    });
    expect(res.status, res.text).toBe(201);
    expect(refs(await find(viewer.client, q("walrus")))).toEqual([]);
    expect(refs(await find(viewer.client, q("narwhal")))).toHaveLength(1);
  });

  it("leaves out deleted statements and other workspaces", async () => {
    const outsider = await member(server, await newWorkspace(server), "admin");
    const theirs = await importStatement(outsider.client, { delegation: "Zembla", content: "Cybercrime elsewhere, 74/247 too." });
    expect(refs(await find(viewer.client, q("cybercrime")))).not.toContain(`${theirs.slug}#p1`);
    expect(refs(await find(outsider.client, q("cybercrime or 74/247")))).toEqual([`${theirs.slug}#p1`]);
    expect(refs(await find(outsider.client, q("Arcadia", "")))).toEqual([]);

    const gone = await importStatement(admin.client, { title: "Gone", date: "2020-01-01", content: "A unique zanzibar word." });
    expect(refs(await find(viewer.client, q("zanzibar")))).toEqual([`${gone.slug}#p1`]);
    expect((await admin.client.delete(`/api/statements/${gone.slug}`)).status).toBe(204);
    expect(refs(await find(viewer.client, q("zanzibar")))).toEqual([]);
  });
});

describe("GET /api/search: bad and hostile queries", () => {
  it("answers 400 for nothing to search or a query too long", async () => {
    expectError(await viewer.client.get("/api/search?q="), 400, "query_empty");
    expectError(await viewer.client.get("/api/search?q=%20%20"), 400, "query_empty");
    expectError(await viewer.client.get("/api/search"), 400, "query_empty");
    expectError(await viewer.client.get(`/api/search?${q("a".repeat(MAX_SEARCH_QUERY + 1))}`), 400, "query_too_long");
    expect((await viewer.client.get(`/api/search?${q("a ".repeat(MAX_SEARCH_QUERY / 2))}`)).status).toBe(200);
    expectError(await viewer.client.get("/api/search?q=crime&cursor=bm90LWEtY3Vyc29y"), 400, "validation_failed");
  });

  it("never fails on hostile input: stop words, lone operators and quotes find nothing or something, never a 500", async () => {
    const hostile = [
      '"',
      '""',
      "-",
      "--",
      "or",
      "or or",
      "-or",
      "the of and",
      "!",
      "!!!",
      "((",
      ")",
      "a:*",
      "\\",
      "'",
      "%",
      "_",
      "%_%",
      "&|!<->",
      "<-> <2>",
      ":*",
      '-""',
      '"-"',
      "a & b | !c",
      "'; DROP TABLE paragraphs; --",
      "\u{1F52B}",
      "ÿ",
      "/",
      ".",
      "./.",
      "-/",
      '-"74/247',
      "*",
      "$1",
      "\uE000cyber\uE001",
      `${'"-'.repeat(250)}`,
    ];
    for (const words of hostile) {
      for (const type of ["paragraphs", "annotations"]) {
        const res = await viewer.client.get(`/api/search?${q(words, `&type=${type}`)}`);
        expect(res.status, `${words}: ${res.text}`).toBe(200);
        SearchResults.parse(res.body);
      }
    }
    for (const words of ["the of and", "or or", "-", '"']) expect((await find(viewer.client, q(words))).total, words).toBe(0);
    // A filter value that is no ID of anyone is a value nobody has, not an error.
    expect((await find(viewer.client, "author=not-a-uuid&year=';--")).total).toBe(0);
  });
});
