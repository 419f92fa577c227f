import {
  ALL_OF_FACETS,
  CORPUS_FILTER_KEYS,
  PASSAGE_GROUPINGS,
  type AllOfFacet,
  type PassageGrouping,
  type SearchFacet,
} from "@verbatim/contract";
import { MAX_FACET_VALUES } from "../search/search-url.ts";

/** A filter of retrieved passages: a facet of the search, or the month (a matrix's time axis). */
export type PassageFilter = SearchFacet | "month";
export const PASSAGE_FILTERS: readonly PassageFilter[] = CORPUS_FILTER_KEYS;

/**
 * Retrieved passages as the URL holds them (issue 17): the filters, each a parameter repeated per value as the API
 * takes them (so a matrix cell, a search or a saved view opens them by address), which code filters want every value
 * (`all`, a co-occurrence), and the grouping.
 */
export interface PassagesState {
  filters: Partial<Record<PassageFilter, string[]>>;
  all: AllOfFacet[];
  group: PassageGrouping;
}

export function readPassagesState(params: URLSearchParams): PassagesState {
  const filters: PassagesState["filters"] = {};
  for (const filter of PASSAGE_FILTERS) {
    const values = [...new Set(params.getAll(filter).filter((v) => v !== ""))].slice(0, MAX_FACET_VALUES);
    if (values.length > 0) filters[filter] = values;
  }
  const all = ALL_OF_FACETS.filter((f) => params.getAll("all").includes(f));
  const group = PASSAGE_GROUPINGS.find((g) => g === params.get("group")) ?? "topic";
  return { filters, all, group };
}

/** The URL query (and the API's): filters in a stable order, then `all`, then the grouping unless it is by topic. */
export function passagesParamsOf(state: PassagesState, withGroup = true): URLSearchParams {
  const params = new URLSearchParams();
  for (const filter of PASSAGE_FILTERS) for (const value of state.filters[filter] ?? []) params.append(filter, value);
  for (const facet of state.all) if ((state.filters[facet]?.length ?? 0) > 1) params.append("all", facet);
  if (withGroup && state.group !== "topic") params.set("group", state.group);
  return params;
}

export function passagesHref(state: PassagesState): string {
  const qs = passagesParamsOf(state).toString();
  return qs ? `/passages?${qs}` : "/passages";
}

/** The passages without one filter value. */
export function withoutFilter(state: PassagesState, filter: PassageFilter, value: string): PassagesState {
  const values = (state.filters[filter] ?? []).filter((v) => v !== value);
  const filters = { ...state.filters };
  if (values.length > 0) filters[filter] = values;
  else delete filters[filter];
  return { ...state, filters };
}

/** The filters as the API's query: lists of values, `all` where it applies. */
export function passagesApiQuery(state: PassagesState) {
  const all = state.all.filter((f) => (state.filters[f]?.length ?? 0) > 1);
  return { ...state.filters, ...(all.length > 0 ? { all } : {}) };
}

/** Export filters taken comma-separated: their values (enums, IDs) never hold a comma. */
const COMMA_SEPARATED = ["kind", "status", "author", "stance", "strength"] as const;

/**
 * The filters as `GET /api/exports` takes them, so the file holds the passages listed: the same parameters, but the
 * few the export reads comma-separated (its older filters) joined.
 */
export function passagesExportQuery(state: PassagesState) {
  const query: Record<string, string | string[] | AllOfFacet[]> = { ...passagesApiQuery(state) };
  for (const filter of COMMA_SEPARATED) {
    const values = state.filters[filter];
    if (values) query[filter] = values.join(",");
  }
  return query as Omit<ReturnType<typeof passagesApiQuery>, (typeof COMMA_SEPARATED)[number]> &
    Partial<Record<(typeof COMMA_SEPARATED)[number], string>>;
}
