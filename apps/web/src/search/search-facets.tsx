import { SEARCH_FACETS, type FacetCount, type SearchFacet } from "@verbatim/contract";
import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { FACET_LABELS, facetValueLabel } from "./facet-labels.ts";
import { CORPUS_READ_ERRORS } from "./search-errors.ts";
import type { SearchState } from "./search-url.ts";

/** Values a facet shows before "Show all": the rest stay a click away. */
const FACET_PREVIEW = 8;

interface SearchFacetsProps {
  state: SearchState;
  facets: Partial<Record<SearchFacet, FacetCount[]>>;
  /** The counts are being asked for (the results may already be there): said, rather than showing no filters. */
  counting: boolean;
  /** Why the counts did not come (a count over too much of the corpus ran past its time: 422 too_complex), with a retry. */
  failure?: { error: unknown; retry: () => void } | null;
  onToggle: (facet: SearchFacet, value: string, on: boolean) => void;
}

/** A checkbox list per facet, with the counts of the whole search; a chosen value stays listed (to unchoose it) at 0. */
export function SearchFacets({ state, facets, counting, failure, onToggle }: SearchFacetsProps) {
  const shown = SEARCH_FACETS.map((facet) => [facet, withChosen(facets[facet] ?? [], state.filters[facet] ?? [])] as const).filter(
    ([, counts]) => counts.length > 0,
  );
  const failed = failure ? <ErrorAlert error={failure.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={failure.retry} /> : null;
  if (shown.length === 0) {
    if (failed) {
      return (
        <aside className="search-facets" aria-label="Filters">
          {failed}
        </aside>
      );
    }
    return counting ? (
      <aside className="search-facets" aria-label="Filters" aria-busy="true">
        <p className="search-facets-counting">Counting…</p>
      </aside>
    ) : null;
  }
  return (
    <aside className="search-facets" aria-label="Filters" aria-busy={counting || undefined}>
      {failed}
      {shown.map(([facet, counts]) => (
        <FacetGroup key={facet} facet={facet} counts={counts} chosen={state.filters[facet] ?? []} onToggle={onToggle} />
      ))}
    </aside>
  );
}

function FacetGroup({
  facet,
  counts,
  chosen,
  onToggle,
}: {
  facet: SearchFacet;
  counts: FacetCount[];
  chosen: readonly string[];
  onToggle: SearchFacetsProps["onToggle"];
}) {
  const [all, setAll] = useState(false);
  const visible = all ? counts : counts.filter((c, i) => i < FACET_PREVIEW || chosen.includes(c.value));
  return (
    <fieldset className="search-facet">
      <legend>{FACET_LABELS[facet]}</legend>
      <ul>
        {visible.map((count) => (
          <li key={count.value}>
            <label className="search-facet-value">
              <input
                type="checkbox"
                checked={chosen.includes(count.value)}
                onChange={(e) => onToggle(facet, count.value, e.currentTarget.checked)}
              />
              <span className="search-facet-label">{facetValueLabel(facet, count)}</span>
              <span className="search-facet-count">{count.count.toLocaleString("en")}</span>
            </label>
          </li>
        ))}
      </ul>
      {counts.length > visible.length && (
        <button type="button" className="button-link search-facet-more" onClick={() => setAll(true)}>
          Show all {counts.length} <span className="visually-hidden">{FACET_LABELS[facet]} values</span>
        </button>
      )}
    </fieldset>
  );
}

/** The API's counts, with any chosen value it did not list added at 0 (so it can be unchosen). */
function withChosen(counts: FacetCount[], chosen: readonly string[]): FacetCount[] {
  const listed = new Set(counts.map((c) => c.value));
  return [...counts, ...chosen.filter((v) => !listed.has(v)).map((value) => ({ value, label: value, count: 0 }))];
}
