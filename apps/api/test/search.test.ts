import { MAX_SEARCH_QUERY, SEARCH_FACETS, SEARCH_PAGE_SIZE, SearchResults, type SearchParagraph } from "@verbatim/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient } from "./support/api-client.ts";
import { expectError } from "./support/assertions.ts";
import { annotate, importStatement, member, type Member, newWorkspace, setUp } from "./support/factories.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

// Search everywhere (issue 17, item 1): the current text of the workspace's statements, indexed by the database in
// each statement's language with accents and British spellings folded, symbol terms as substrings, with facets.
let server: TestServer;
let admin: Member;
let analyst: Member;
let viewer: Member;
const s: Record<"cyber" | "g77" | "french" | "later", { id: string; slug: string }> = {} as never;

const text = (...paragraphs: string[]) => paragraphs.join("\n\n");
beforeAll(async () => {
  server = await startTestServer();
  admin = await setUp(server);
  analyst = await member(server, admin.workspaceId, "analyst", "Ana Lyst");
  viewer = await member(server, admin.workspaceId, "viewer");
  s.cyber = await importStatement(admin.client, {
    title: "Cyber debate",
    delegation: "Arcadia",
    forum: "Security Council",
    date: "2024-05-01",
    language: "en",
    content: text(
      "We have organized a workshop on cybercrime and its victims.",
      "The Council recalled resolution 74/247 and the record S/PV.9500 of the meeting.",
      "Our behaviour in the centre of the debate shows our labour for peace, four times an hour.",
      "The Council must act.",
    ),
  });
  s.g77 = await importStatement(admin.client, {
    title: "Development and crime",
    delegation: "Borduria",
    onBehalfOf: "Group of 77",
    forum: "General Assembly",
    date: "2023-03-10",
    language: "en-GB",
    content: text(
      "The delegation organised the conference and recognised the efforts of all.",
      "Cybercrime threatens development; we urge ratification of the Convention.",
      "International cooperation against terrorism remains essential.",
    ),
  });
  s.french = await importStatement(admin.client, {
    title: "Déclaration",
    delegation: "France",
    forum: "Security Council",
    date: "2024-02-01",
    language: "fr",
    content: text(
      "La délégation française salue les résolutions adoptées par le Conseil de sécurité.",
      "Nous soutenons la coopération internationale contre la cybercriminalité.",
    ),
  });
});
afterAll(() => server.stop());

async function find(client: ApiClient, query: string) {
  const res = await client.get(`/api/search?${query}`);
  expect(res.status, res.text).toBe(200);
  return SearchResults.parse(res.body);
}
const q = (words: string, rest = "") => `q=${encodeURIComponent(words)}${rest}`;
const paragraphs = (r: SearchResults) => r.items as SearchParagraph[];
/** Each result as slug#paragraph. */
const refs = (r: SearchResults) => paragraphs(r).map((i) => `${i.statement.slug}#${i.paragraphId}`);
const marked = (i: SearchParagraph) => i.matches.map((m) => i.text.slice(m.start, m.end));

describe("GET /api/search: the query", () => {
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
