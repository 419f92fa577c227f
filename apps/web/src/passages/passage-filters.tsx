import { facetValueLabel, FACET_LABELS } from "../search/facet-labels.ts";
import type { PassageFilter, PassagesState } from "./passages-url.ts";
import { PASSAGE_FILTERS } from "./passages-url.ts";

const FILTER_LABELS: Record<PassageFilter, string> = { ...FACET_LABELS, month: "Month" };

interface Props {
  state: PassagesState;
  authors: ReadonlyMap<string, string>;
  onRemove: (filter: PassageFilter, value: string) => void;
}

/** The filters in force, each value a button that removes it; "all of" where a co-occurrence wants each value. */
export function PassageFilters({ state, authors, onRemove }: Props) {
  const active = PASSAGE_FILTERS.filter((f) => (state.filters[f]?.length ?? 0) > 0);
  if (active.length === 0) return <p className="passages-filters-none">No filters: every annotation in the workspace.</p>;
  return (
    <ul className="passages-filters" aria-label="Filters">
      {active.map((filter) => {
        const values = state.filters[filter] ?? [];
        const allOf = (filter === "label" || filter === "topic") && state.all.includes(filter) && values.length > 1;
        return (
          <li key={filter} className="passages-filter">
            <span className="passages-filter-name">
              {FILTER_LABELS[filter]}
              {values.length > 1 && (allOf ? " (all of)" : " (any of)")}:
            </span>
            {values.map((value) => {
              const label =
                filter === "month"
                  ? value
                  : filter === "author"
                    ? (authors.get(value) ?? "an author")
                    : facetValueLabel(filter, { value, label: value });
              return (
                <button
                  key={value}
                  type="button"
                  className="search-chip passages-filter-value"
                  aria-label={`Remove ${FILTER_LABELS[filter]}: ${label}`}
                  onClick={() => onRemove(filter, value)}
                >
                  {label} <span aria-hidden="true">×</span>
                </button>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}
