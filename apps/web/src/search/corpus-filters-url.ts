import { ALL_OF_FACETS, CORPUS_FILTER_KEYS, type AllOfFacet, type AnalysisFilters } from "@verbatim/contract";
import { MAX_FACET_VALUES } from "./search-url.ts";

/**
 * The corpus's filters as a URL holds them (issue 17), for the pages that take them all (passages and the matrix): each
 * a parameter repeated per value, as the API takes them, and `all` for the code filters whose values must all hold.
 */
export type CorpusFilterKey = Exclude<keyof AnalysisFilters, "all">;
export type CorpusFilterValues = Partial<Record<CorpusFilterKey, string[]>>;

const MONTH = /^\d{4}-\d{2}$/;
const isAllOf = (v: string): v is AllOfFacet => (ALL_OF_FACETS as readonly string[]).includes(v);

/**
 * The filters a URL's query holds: empty and repeated values dropped, as many values as the contract takes (a
 * hand-made URL with more keeps the first), and months not written yyyy-mm dropped too (the API would refuse them).
 */
export function readCorpusFilters(params: URLSearchParams): { filters: CorpusFilterValues; all: AllOfFacet[] } {
  const filters: CorpusFilterValues = {};
  for (const key of CORPUS_FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v !== "" && (key !== "month" || MONTH.test(v))))].slice(
      0,
      MAX_FACET_VALUES,
    );
    if (values.length > 0) filters[key] = values;
  }
  return { filters, all: [...new Set(params.getAll("all").filter(isAllOf))] };
}

/** The filters (in the contract's order), then `all` (in ALL_OF_FACETS's), appended to `params`. */
export function appendCorpusFilters(params: URLSearchParams, filters: CorpusFilterValues, all: readonly AllOfFacet[]): URLSearchParams {
  for (const key of CORPUS_FILTER_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  for (const facet of ALL_OF_FACETS) if (all.includes(facet)) params.append("all", facet);
  return params;
}
