import {
  MAX_SEARCH_QUERY,
  SEARCH_FACETS,
  SEARCH_PAGE_SIZE,
  SEARCH_TOTAL_CAP,
  type FacetCount,
  type SearchFacet,
  type SearchFacetCounts,
  type SearchFacetsQuery,
  type SearchQuery,
  type SearchResults,
} from "@verbatim/contract";
import type { Actor } from "../../auth/actor.ts";
import type { DbOrTx } from "../../db/in-transaction.ts";
import { AppError } from "../../http/app-error.ts";
import { parseSearchQuery } from "./parse-search-query.ts";
import { presentSearchAnnotationHit, presentSearchParagraph } from "./present-search.ts";
import { decodeSearchCursor, encodeSearchCursor } from "./search-cursor.ts";
import { annotationsOn, countHits, facetCounts, parsesAlike, searchPage, type SearchAnnotationRow, type SearchPlan } from "./search-sql.ts";

/**
 * GET /api/search (issue 17): the workspace's live statements' current texts, as paragraphs or as the annotations on
 * them, ranked, one page at a time, with each facet's values over all the results. `q` may be left out when a filter
 * narrows the search; with neither there is nothing to search (query_empty).
 */
export async function search(db: DbOrTx, actor: Pick<Actor, "workspaceId">, query: SearchQuery): Promise<SearchResults> {
  const plan = await planSearch(db, actor, query);
  const from = decodeSearchCursor(query.cursor);
  const { parsed } = plan;
  // The facets come with the first page when asked; a later page's would be the first's again.
  const withFacets = query.facets && from === null;
  const [rows, counted, facetRows] = await Promise.all([
    searchPage(db, plan, from),
    countHits(db, plan),
    withFacets ? facetCounts(db, plan) : null,
  ]);
  const page = rows.slice(0, SEARCH_PAGE_SIZE);
  const annotations = await annotationsOn(
    db,
    page.map((r) => r.paragraph_row),
  );
  const byParagraph = new Map<string, SearchAnnotationRow[]>();
  for (const a of annotations) byParagraph.set(a.paragraph_row, [...(byParagraph.get(a.paragraph_row) ?? []), a]);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const items = page.flatMap((row): SearchResults["items"] => {
    if (query.type === "paragraphs") return [presentSearchParagraph(row, byParagraph.get(row.paragraph_row) ?? [], parsed.symbols)];
    const annotation = row.annotation_id ? byId.get(row.annotation_id) : undefined;
    return annotation ? [presentSearchAnnotationHit(row, annotation, parsed.symbols)] : [];
  });
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > SEARCH_PAGE_SIZE && last
      ? encodeSearchCursor({
          rank: last.rank,
          date: last.sort_date,
          slug: last.slug,
          position: last.position,
          sub: last.sub,
          id: last.hit_id,
        })
      : null;
  return {
    items,
    facets: facetRows ? facetsOf(facetRows) : null,
    total: Math.min(counted, SEARCH_TOTAL_CAP),
    totalExact: counted <= SEARCH_TOTAL_CAP,
    nextCursor,
  };
}

/**
 * GET /api/search/facets: the facets and the total of the search `query` would make, without its results (the web
 * app asks it beside the first page, so that the results are not kept waiting for counts over all of them).
 */
export async function searchFacets(db: DbOrTx, actor: Pick<Actor, "workspaceId">, query: SearchFacetsQuery): Promise<SearchFacetCounts> {
  const plan = await planSearch(db, actor, query);
  const [counted, facetRows] = await Promise.all([countHits(db, plan), facetCounts(db, plan)]);
  return { facets: facetsOf(facetRows), total: Math.min(counted, SEARCH_TOTAL_CAP), totalExact: counted <= SEARCH_TOTAL_CAP };
}

/** The search a query asks for, or why it asks for none (query_too_long; query_empty: neither words nor a filter). */
async function planSearch(db: DbOrTx, actor: Pick<Actor, "workspaceId">, query: SearchFacetsQuery): Promise<SearchPlan> {
  const q = query.q ?? "";
  if (q.length > MAX_SEARCH_QUERY) {
    throw new AppError("query_too_long", `a search query holds at most ${MAX_SEARCH_QUERY} characters`, { max: MAX_SEARCH_QUERY });
  }
  const hasFilter = SEARCH_FACETS.some((f) => query[f] !== undefined) || query.month !== undefined;
  if (q.trim() === "" && !hasFilter) throw new AppError("query_empty", "type something to search for, or choose a filter");
  const parsed = parseSearchQuery(q);
  return { workspaceId: actor.workspaceId, type: query.type, parsed, filters: query, alike: await parsesAlike(db, parsed.text) };
}

/** Every facet, empty ones too, so a client can show each without asking whether it came. */
function facetsOf(rows: readonly { facet: string; value: string; label: string; count: number }[]): Record<SearchFacet, FacetCount[]> {
  const facets = Object.fromEntries(SEARCH_FACETS.map((f) => [f, [] as FacetCount[]])) as Record<SearchFacet, FacetCount[]>;
  for (const r of rows) facets[r.facet as SearchFacet]?.push({ value: r.value, label: r.label, count: r.count });
  return facets;
}
