import { ALL_OF_FACETS, type AnalysisDimension } from "@verbatim/contract";
import { appendFilters, type AllOfFacet, type Filters } from "./analysis-url.ts";

const isAllOf = (d: AnalysisDimension): d is AllOfFacet => (ALL_OF_FACETS as readonly string[]).includes(d);

interface CellOf {
  filters: Filters;
  all: readonly AllOfFacet[];
  rows: AnalysisDimension;
  cols: AnalysisDimension;
}

/**
 * The retrieved passages behind a matrix cell: the matrix's filters, narrowed to the cell's row value and column value
 * (every dimension is a filter, `year` and `month` included). A row's value replaces that filter's values (it is one of
 * them, or the filter was not there), unless the filter needs all its values, when it joins them. When rows and columns
 * count by the same code (label × label), both values must hold: `all` says so.
 */
export function cellFilters(state: CellOf, row: string, col: string): { filters: Filters; all: AllOfFacet[] } {
  const filters: Filters = { ...state.filters };
  const all = new Set(state.all);
  const narrow = (dim: AnalysisDimension, value: string, join: boolean) => {
    const current = filters[dim] ?? [];
    filters[dim] = join ? [...new Set([...current, value])] : [value];
  };
  narrow(state.rows, row, all.has(state.rows as AllOfFacet));
  if (state.cols === state.rows) {
    narrow(state.cols, col, true);
    if (isAllOf(state.cols) && row !== col) all.add(state.cols);
  } else {
    narrow(state.cols, col, all.has(state.cols as AllOfFacet));
  }
  return { filters, all: ALL_OF_FACETS.filter((facet) => all.has(facet)) };
}

/** The passages page on a cell's annotations. */
export function passagesHref(state: CellOf, row: string, col: string): string {
  const { filters, all } = cellFilters(state, row, col);
  return `/passages?${appendFilters(new URLSearchParams(), filters, all).toString()}`;
}
