import { appendFilters, readFilters, type AllOfFacet, type Filters } from "./analysis-url.ts";

export type TimeAxis = "month" | "year";
export type CooccurrenceBy = "label" | "topic";

/**
 * The charts as the URL holds them: the filters in force (as the matrix's), the topic whose stances are drawn (none:
 * the most counted), the time axis, and what co-occurs in the heatmap.
 */
export interface ChartsState {
  filters: Filters;
  all: AllOfFacet[];
  stanceTopic: string | null;
  over: TimeAxis;
  cooccur: CooccurrenceBy;
}

export function readChartsState(params: URLSearchParams): ChartsState {
  return {
    ...readFilters(params),
    stanceTopic: params.get("stanceTopic") || null,
    over: params.get("over") === "year" ? "year" : "month",
    cooccur: params.get("cooccur") === "topic" ? "topic" : "label",
  };
}

/** The charts' address: their own choices (defaults left out), then the filters. */
export function chartsHref(state: ChartsState): string {
  const params = new URLSearchParams();
  if (state.stanceTopic) params.set("stanceTopic", state.stanceTopic);
  if (state.over !== "month") params.set("over", state.over);
  if (state.cooccur !== "label") params.set("cooccur", state.cooccur);
  const qs = appendFilters(params, state.filters, state.all).toString();
  return qs ? `/analysis/charts?${qs}` : "/analysis/charts";
}

/** The kinds a chart over time counts: commitments made and instruments cited. */
export const OVER_TIME_KINDS = ["commitment", "cross-reference"];
