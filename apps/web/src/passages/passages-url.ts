import {
  ALL_OF_FACETS,
  CORPUS_FILTER_KEYS,
  PASSAGE_GROUPINGS,
  type AllOfFacet,
  type PassageGrouping,
  type SearchFacet,
} from "@verbatim/contract";
import { appendCorpusFilters, readCorpusFilters } from "../search/corpus-filters-url.ts";

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
  const { filters, all } = readCorpusFilters(params);
  const group = PASSAGE_GROUPINGS.find((g) => g === params.get("group")) ?? "topic";
  return { filters, all: ALL_OF_FACETS.filter((f) => all.includes(f)), group };
}

/**
 * The URL query (and the API's): filters in a stable order, then `all` (where its filter has several values: with one,
 * any and all are the same), then the grouping unless it is by topic.
 */
export function passagesParamsOf(state: PassagesState, withGroup = true): URLSearchParams {
  const all = state.all.filter((facet) => (state.filters[facet]?.length ?? 0) > 1);
  const params = appendCorpusFilters(new URLSearchParams(), state.filters, all);
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
