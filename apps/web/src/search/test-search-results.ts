import {
  SEARCH_FACETS,
  SearchResults,
  type FacetCount,
  type SearchAnnotation,
  type SearchFacet,
  type SearchParagraph,
} from "@verbatim/contract";

/** Test data only: search results as the API sends them, checked against the contract so a test cannot drift from it. */

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export function searchAnnotation(n: number, fields: Partial<SearchAnnotation> = {}): SearchAnnotation {
  return {
    id: uuid(n),
    kind: "position",
    status: "proposed",
    attributes: { stance: "urges" },
    quote: "ratify the Convention",
    start: 0,
    end: 21,
    labels: [],
    topics: [],
    note: null,
    author: { id: uuid(900), name: "Ada Analyst" },
    ...fields,
  };
}

export function searchParagraph(n: number, fields: Partial<SearchParagraph> = {}): SearchParagraph {
  return {
    statement: {
      slug: `statement-${n}`,
      title: `Statement ${n}`,
      delegation: "China",
      onBehalfOf: null,
      forum: "CCPCJ 32nd session",
      date: "2023-05-22",
    },
    paragraphId: `p${n}`,
    number: n,
    text: `Paragraph ${n} on cybercrime and its victims.`,
    matches: [{ start: `Paragraph ${n} on `.length, end: `Paragraph ${n} on cybercrime`.length }],
    annotations: [],
    ...fields,
  };
}

/** Results with the given facets' counts; the contract's record lists every facet, so the rest are empty. */
export function searchResults(
  fields: Partial<Omit<SearchResults, "facets">> & { facets?: Partial<Record<SearchFacet, FacetCount[]>> } = {},
): SearchResults {
  const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, fields.facets?.[f] ?? []])) as SearchResults["facets"];
  return SearchResults.parse({ items: [], total: 0, totalExact: true, nextCursor: null, ...fields, facets });
}
