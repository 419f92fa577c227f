import { endpoints, type AnalysisDimension, type Matrix } from "@verbatim/contract";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "../api/api-fetch.ts";
import { queryKeys } from "../queries/query-keys.ts";
import { analysisParamsOf, matrixApiQuery, type AnalysisState } from "./analysis-url.ts";

export type { Matrix };

/**
 * A matrix of who said what, keyed by its URL query. While another loads, the previous one stays on screen rather
 * than flashing empty (the page marks it busy).
 */
export function matrixQuery(state: AnalysisState) {
  return queryOptions({
    queryKey: queryKeys.matrix(analysisParamsOf(state).toString()),
    queryFn: ({ signal }) => apiFetch(endpoints.matrix, { query: matrixApiQuery(state), signal }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/**
 * The values a dimension takes under the other filters (its own left out, so the chosen ones stay listed beside the
 * rest), with their counts: a matrix counted by that dimension alone, for the filter chooser.
 */
export function dimensionValuesQuery(dimension: AnalysisDimension, state: Pick<AnalysisState, "filters" | "all">) {
  const filters = { ...state.filters };
  delete filters[dimension];
  const all = state.all.filter((facet) => facet !== dimension);
  // The columns by kind: three values at most, so the API counts little beside the rows it is asked for.
  return matrixQuery({ rows: dimension, cols: "kind", breakdown: "kind", filters, all });
}
