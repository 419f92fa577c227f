import { ALL_OF_FACETS } from "@verbatim/contract";
import { FILTER_KEYS, type AllOfFacet, type FilterKey, type Filters } from "./analysis-url.ts";
import { FILTER_LABELS, valueLabel } from "./dimension-labels.ts";

interface FilterChipsProps {
  filters: Filters;
  all: readonly AllOfFacet[];
  onRemove: (key: FilterKey, value: string) => void;
  onAllOf: (facet: AllOfFacet, on: boolean) => void;
}

/**
 * The filters in force as chips, each removable; for labels or topics with two values or more, whether an annotation
 * needs all of them (a co-occurrence) or any.
 */
export function FilterChips({ filters, all, onRemove, onAllOf }: FilterChipsProps) {
  const chips = FILTER_KEYS.flatMap((key) => (filters[key] ?? []).map((value) => ({ key, value })));
  if (chips.length === 0) return <p className="analysis-no-filters">No filters: every annotation in the workspace counts.</p>;
  const allOfChoices = ALL_OF_FACETS.filter((facet) => (filters[facet]?.length ?? 0) > 1 || all.includes(facet));
  return (
    <div className="analysis-filters">
      <ul className="chips" aria-label="Filters">
        {chips.map(({ key, value }) => {
          const text = `${FILTER_LABELS[key]}: ${valueLabel(key, { key: value, label: value })}`;
          return (
            <li key={`${key}\u0000${value}`} className="chip">
              <span>{text}</span>
              <button type="button" className="chip-remove" aria-label={`Remove filter ${text}`} onClick={() => onRemove(key, value)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      {allOfChoices.map((facet) => (
        <label key={facet} className="analysis-all-of">
          <input type="checkbox" checked={all.includes(facet)} onChange={(e) => onAllOf(facet, e.currentTarget.checked)} />
          Only annotations with all these {FILTER_LABELS[facet].toLowerCase()}s
        </label>
      ))}
    </div>
  );
}
