import {
  ALL_OF_FACETS,
  ANALYSIS_DIMENSIONS,
  CORPUS_FILTER_KEYS,
  type AllOfFacet,
  type AnalysisDimension,
  type AnalysisFilters,
} from "@verbatim/contract";

/** A filter of the matrix and the passages: a search facet, or the month; each a parameter repeated per value. */
export type FilterKey = Exclude<keyof AnalysisFilters, "all">;
export type { AllOfFacet };

/** The filters in the order the URL writes them (the contract's). */
export const FILTER_KEYS: readonly FilterKey[] = CORPUS_FILTER_KEYS;

export type Filters = Partial<Record<FilterKey, string[]>>;

/** Who-said-what as the URL holds it (issue 17): what the rows, the columns and each cell's mix count by, and the filters. */
export interface AnalysisState {
  rows: AnalysisDimension;
  cols: AnalysisDimension;
  breakdown: AnalysisDimension;
  filters: Filters;
  /** The code filters whose values must all hold (a co-occurrence), rather than any. */
  all: AllOfFacet[];
}

export const DEFAULT_ANALYSIS: AnalysisState = { rows: "delegation", cols: "topic", breakdown: "stance", filters: {}, all: [] };

/** As many values per filter as the contract takes; a hand-made URL with more keeps the first ones. */
const MAX_VALUES = 50;
const MONTH = /^\d{4}-\d{2}$/;

const isDimension = (v: string | null): v is AnalysisDimension => v !== null && (ANALYSIS_DIMENSIONS as readonly string[]).includes(v);
const isAllOf = (v: string): v is AllOfFacet => (ALL_OF_FACETS as readonly string[]).includes(v);

/** The filters a URL's query holds: empty and repeated values dropped, months not written yyyy-mm too (the API refuses them). */
export function readFilters(params: URLSearchParams): { filters: Filters; all: AllOfFacet[] } {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter((v) => v !== "" && (key !== "month" || MONTH.test(v))))].slice(0, MAX_VALUES);
    if (values.length > 0) filters[key] = values;
  }
  return { filters, all: [...new Set(params.getAll("all").filter(isAllOf))] };
}

/** The matrix a URL's query holds; an unknown dimension reads as the default's. */
export function readAnalysisState(params: URLSearchParams): AnalysisState {
  const pick = (name: "rows" | "cols" | "breakdown") => {
    const v = params.get(name);
    return isDimension(v) ? v : DEFAULT_ANALYSIS[name];
  };
  return { rows: pick("rows"), cols: pick("cols"), breakdown: pick("breakdown"), ...readFilters(params) };
}

/** The filters (then `all`) appended to `params`, in a stable order. */
export function appendFilters(params: URLSearchParams, filters: Filters, all: readonly AllOfFacet[]): URLSearchParams {
  for (const key of FILTER_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  for (const facet of ALL_OF_FACETS) if (all.includes(facet)) params.append("all", facet);
  return params;
}

/** The URL query of a matrix: rows, cols, breakdown (left out when the stance mix, the default), then the filters. */
export function analysisParamsOf(state: AnalysisState): URLSearchParams {
  const params = new URLSearchParams({ rows: state.rows, cols: state.cols });
  if (state.breakdown !== DEFAULT_ANALYSIS.breakdown) params.set("breakdown", state.breakdown);
  return appendFilters(params, state.filters, state.all);
}

export function analysisHref(state: AnalysisState): string {
  return `/analysis?${analysisParamsOf(state).toString()}`;
}

/** The filters with one value added or taken away (a filter left empty goes; `all` goes with its last value). */
export function toggleFilter<S extends { filters: Filters; all: AllOfFacet[] }>(state: S, key: FilterKey, value: string, on: boolean): S {
  const current = state.filters[key] ?? [];
  const values = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (values.length > 0) filters[key] = values;
  else delete filters[key];
  return { ...state, filters, all: state.all.filter((facet) => filters[facet] !== undefined) };
}

/** The API's query for a matrix: the dimensions, each filter as its list of values, `all` when any. */
export function matrixApiQuery(state: AnalysisState) {
  return { rows: state.rows, cols: state.cols, breakdown: state.breakdown, ...filtersApiQuery(state) };
}

export function filtersApiQuery({ filters, all }: { filters: Filters; all: readonly AllOfFacet[] }) {
  return { ...filters, ...(all.length > 0 ? { all: [...all] } : {}) };
}
