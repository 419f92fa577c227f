import { AddFilter } from "./add-filter.tsx";
import { toggleFilter, type AnalysisState } from "./analysis-url.ts";
import { FilterChips } from "./filter-chips.tsx";

type FilterState = Pick<AnalysisState, "filters" | "all">;

/** The filters in force as chips, with "all of" for codes, and the form that adds one: the matrix's and the charts'. */
export function FilterBar<S extends FilterState>({ state, go }: { state: S; go: (next: S) => void }) {
  return (
    <section className="analysis-filter-bar" aria-label="Filters in force">
      <FilterChips
        filters={state.filters}
        all={state.all}
        onRemove={(key, value) => go(toggleFilter(state, key, value, false))}
        onAllOf={(facet, on) => go({ ...state, all: on ? [...state.all, facet] : state.all.filter((f) => f !== facet) })}
      />
      <AddFilter state={state} onAdd={(key, value) => go(toggleFilter(state, key, value, true))} />
    </section>
  );
}
