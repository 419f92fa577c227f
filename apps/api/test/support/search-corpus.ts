import { SearchFacetCounts, SearchResults, type SearchParagraph } from "@verbatim/contract";
import { expect } from "vitest";
import type { ApiClient } from "./api-client.ts";
import { importStatement, member, type Member, setUp } from "./factories.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

/** The search tests' corpus (search.test.ts, search-facets.test.ts): three statements in English, British English and French. */
export interface SearchCorpus {
  server: TestServer;
  admin: Member;
  analyst: Member;
  viewer: Member;
  s: Record<"cyber" | "g77" | "french" | "later", { id: string; slug: string }>;
}

export const text = (...paragraphs: string[]) => paragraphs.join("\n\n");

/** A server with a workspace, its members, and the corpus's statements. */
export async function startSearchCorpus(): Promise<SearchCorpus> {
  const s = {} as SearchCorpus["s"];
  const server = await startTestServer();
  const admin = await setUp(server);
  const analyst = await member(server, admin.workspaceId, "analyst", "Ana Lyst");
  const viewer = await member(server, admin.workspaceId, "viewer");
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
  return { server, admin, analyst, viewer, s };
}

/**
 * The search's answer to `query`. A first page carries the facets, and GET /api/search/facets must give the same
 * facets and total for the same query (the web app asks it beside its pages); later pages carry none.
 */
export async function find(client: ApiClient, query: string) {
  const res = await client.get(`/api/search?${query}`);
  expect(res.status, res.text).toBe(200);
  const r = SearchResults.parse(res.body);
  const { facets } = r;
  if (new URLSearchParams(query).has("cursor")) {
    expect(facets).toBeNull();
    return { ...r, facets: {} as NonNullable<typeof facets> };
  }
  if (facets === null) throw new Error(`GET /api/search?${query}: a first page without its facets`);
  const alone = await client.get(`/api/search/facets?${query}`);
  expect(alone.status, alone.text).toBe(200);
  expect(SearchFacetCounts.parse(alone.body)).toEqual({ facets, total: r.total, totalExact: r.totalExact });
  return { ...r, facets };
}
export const q = (words: string, rest = "") => `q=${encodeURIComponent(words)}${rest}`;
export const paragraphs = (r: SearchResults) => r.items as SearchParagraph[];
/** Each result as slug#paragraph. */
export const refs = (r: SearchResults) => paragraphs(r).map((i) => `${i.statement.slug}#${i.paragraphId}`);
export const marked = (i: SearchParagraph) => i.matches.map((m) => i.text.slice(m.start, m.end));
