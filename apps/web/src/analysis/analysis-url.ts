import { ANALYSIS_DIMENSIONS, CORPUS_FILTER_KEYS, type AllOfFacet, type AnalysisDimension } from "@verbatim/contract";
import { appendCorpusFilters, type CorpusFilterKey, type CorpusFilterValues, readCorpusFilters } from "../search/corpus-filters-url.ts";

/** A filter of the matrix and the passages: a search facet, or the month; each a parameter repeated per value. */
export type FilterKey = CorpusFilterKey;
export type { AllOfFacet };

/** The filters in the order the URL writes them (the contract's). */
export const FILTER_KEYS: readonly FilterKey[] = CORPUS_FILTER_KEYS;

export type Filters = CorpusFilterValues;

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

const isDimension = (v: string | null): v is AnalysisDimension => v !== null && (ANALYSIS_DIMENSIONS as readonly string[]).includes(v);

/** The filters a URL's query holds (the passages' reading too). */
export const readFilters = readCorpusFilters;

/** The matrix a URL's query holds; an unknown dimension reads as the default's. */
export function readAnalysisState(params: URLSearchParams): AnalysisState {
  const pick = (name: "rows" | "cols" | "breakdown") => {
    const v = params.get(name);
    return isDimension(v) ? v : DEFAULT_ANALYSIS[name];
  };
  return { rows: pick("rows"), cols: pick("cols"), breakdown: pick("breakdown"), ...readFilters(params) };
}

/** The filters (then `all`) appended to `params`, in a stable order. */
export const appendFilters = appendCorpusFilters;

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
