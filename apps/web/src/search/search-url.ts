import { SEARCH_FACETS, type SearchFacet } from "@verbatim/contract";

export type SearchType = "paragraphs" | "annotations";

/** A search as the URL holds it, so it can be shared and bookmarked: the words, what to list, and the facets chosen. */
export interface SearchState {
  q: string;
  type: SearchType;
  /** Per facet, the values chosen (a facet's `value` as the API lists it). */
  filters: Partial<Record<SearchFacet, string[]>>;
}

export const EMPTY_SEARCH: SearchState = { q: "", type: "paragraphs", filters: {} };

/** As many values per facet as the contract takes; a hand-made URL with more keeps the first ones. */
export const MAX_FACET_VALUES = 50;

/**
 * The search a URL's query holds. Each facet is a parameter repeated per value (values may hold commas, so they are
 * never split); empty and repeated values are dropped. An unknown `type` reads as paragraphs.
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState["filters"] = {};
  for (const facet of SEARCH_FACETS) {
    const values = [...new Set(params.getAll(facet).filter((v) => v !== ""))].slice(0, MAX_FACET_VALUES);
    if (values.length > 0) filters[facet] = values;
  }
  return {
    q: params.get("q") ?? "",
    type: params.get("type") === "annotations" ? "annotations" : "paragraphs",
    filters,
  };
}

/** The URL query of a search, in a stable order (q, type, then the facets in the contract's order). */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q);
  if (state.type !== "paragraphs") params.set("type", state.type);
  for (const facet of SEARCH_FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value);
  return params;
}

/** The search page's address for a search. */
export function searchHref(state: SearchState): string {
  const qs = searchParamsOf(state).toString();
  return qs ? `/search?${qs}` : "/search";
}

/** Whether there is anything to ask the API: words, or at least one facet chosen (an empty `q` alone is 400). */
export const hasSearch = (state: SearchState): boolean => state.q.trim() !== "" || Object.keys(state.filters).length > 0;

/** The search with one facet value chosen or no longer chosen. */
export function toggleFilter(state: SearchState, facet: SearchFacet, value: string, on: boolean): SearchState {
  const current = state.filters[facet] ?? [];
  const values = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (values.length > 0) filters[facet] = values;
  else delete filters[facet];
  return { ...state, filters };
}

/** The API's query for a search: `q` left out when empty, each facet as its list of values. */
export function apiQueryOf(state: SearchState): { q?: string; type: SearchType } & SearchState["filters"] {
  return { ...(state.q.trim() !== "" ? { q: state.q } : {}), type: state.type, ...state.filters };
}
