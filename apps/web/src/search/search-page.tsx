import type { SearchFacet } from "@verbatim/contract";
import { useInfiniteQuery, useQuery, type InfiniteData, type UseInfiniteQueryResult, type UseQueryResult } from "@tanstack/react-query";
import { useId, useMemo, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { LoadMore } from "../components/load-more.tsx";
import { SavedViews } from "../saved-views/saved-views.tsx";
import { totalLabel } from "./facet-labels.ts";
import { MatchingStatements } from "./matching-statements.tsx";
import { CORPUS_READ_ERRORS, queryProblem } from "./search-errors.ts";
import { SearchFacets } from "./search-facets.tsx";
import { searchFacetsQuery, searchQuery, type SearchFacetCounts, type SearchPage as SearchResultsPage } from "./search-query.ts";
import { SearchResultList } from "./search-results.tsx";
import { hasSearch, readSearchState, searchHref, searchParamsOf, toggleFilter, type SearchState, type SearchType } from "./search-url.ts";

/**
 * Search across the corpus (issue 17). The URL is the search: the words (`q`), what to list (`type`) and each facet's
 * chosen values as repeated parameters, so a search is shared and bookmarked by its address, and Back undoes a filter.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const navigate = useNavigate();
  // At once rather than in a transition: a facet's checkbox shows the URL's state, and must not flick back meanwhile.
  const go = (next: SearchState) => void navigate(searchHref(next), { flushSync: true });
  const active = hasSearch(state);
  const results = useInfiniteQuery({ ...searchQuery(state), enabled: active });
  const facets = useQuery({ ...searchFacetsQuery(state), enabled: active });
  const problem = results.isError ? queryProblem(results.error, state.q) : null;

  return (
    <div className="page search-page">
      <div className="saved-views-head">
        <h1>Search</h1>
        {/* The search as the page reads it (not the address as typed), so a saved view opens exactly this. */}
        <SavedViews kind="search" params={searchParamsOf(state).toString()} savable={active} />
      </div>
      {/* Keyed by the URL's words, so Back and a new search from the banner show the words searched for. */}
      <SearchBox key={state.q} q={state.q} problem={problem} onSearch={(q) => go({ ...state, q })} />
      <TypeSwitch type={state.type} onChange={(type) => go({ ...state, type })} />
      {!active ? (
        <p className="search-hint">
          Search the text of every statement, annotation quotes, notes, comments, labels and topics. Put a phrase in quotes, use{" "}
          <kbd>or</kbd> between alternatives and <kbd>-word</kbd> to leave a word out; symbols such as A/RES/74/247 are found as written.
        </p>
      ) : (
        <>
          {state.q.trim() !== "" && <MatchingStatements q={state.q} />}
          <SearchBody
            state={state}
            results={results}
            facets={facets}
            problem={problem}
            onToggle={(f, v, on) => go(toggleFilter(state, f, v, on))}
          />
        </>
      )}
    </div>
  );
}

function SearchBox({ q, problem, onSearch }: { q: string; problem: string | null; onSearch: (q: string) => void }) {
  const [text, setText] = useState(q);
  const problemId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label="Search the corpus" className="search-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`${problemId}-q`}>
        Search for
      </label>
      <input
        id={`${problemId}-q`}
        type="search"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        placeholder='cybercrime, "organised crime", A/RES/74/247'
      />
      <button type="submit" className="button button-primary">
        Search
      </button>
      {problem && (
        <p id={problemId} className="field-error search-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

const TYPES: [SearchType, string][] = [
  ["paragraphs", "Paragraphs"],
  ["annotations", "Annotations"],
];

function TypeSwitch({ type, onChange }: { type: SearchType; onChange: (type: SearchType) => void }) {
  return (
    <fieldset className="search-type">
      <legend className="visually-hidden">Show</legend>
      {TYPES.map(([value, label]) => (
        <label key={value} className="search-type-option">
          <input type="radio" name="search-type" value={value} checked={type === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

interface SearchBodyProps {
  state: SearchState;
  results: UseInfiniteQueryResult<InfiniteData<SearchResultsPage>>;
  facets: UseQueryResult<SearchFacetCounts>;
  problem: string | null;
  onToggle: (facet: SearchFacet, value: string, on: boolean) => void;
}

/** The total, the facets beside the ranked results, and "Load more"; or why there are none. */
function SearchBody({ state, results, facets, problem, onToggle }: SearchBodyProps) {
  if (!results.data) {
    if (!results.isError) return <LoadingState label="Searching…" />;
    // A refused query is said beside the box; anything else here, with a retry.
    return problem ? null : <ErrorAlert error={results.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void results.refetch()} />;
  }
  const [first] = results.data.pages;
  const items = results.data.pages.flatMap((page) => page.items);
  return (
    <div className="search-body" aria-busy={results.isPlaceholderData || undefined}>
      <SearchFacets
        state={state}
        facets={facets.data?.facets ?? {}}
        counting={facets.isPending || facets.isPlaceholderData}
        failure={facets.isError ? { error: facets.error, retry: () => void facets.refetch() } : null}
        onToggle={onToggle}
      />
      <section className="search-main" aria-labelledby="search-total">
        <h2 id="search-total" className="search-total" aria-live="polite">
          {first ? totalLabel(first.total, first.totalExact, state.type) : ""}
        </h2>
        {Object.keys(state.filters).length > 0 && (
          // Passages take the same filters (not the words): every annotation they select, grouped, to read and export.
          <p className="search-passages-link">
            <Link to={`/passages?${searchParamsOf({ ...state, q: "", type: "paragraphs" }).toString()}`}>
              Every annotation of these filters, as passages
            </Link>
          </p>
        )}
        {items.length === 0 ? (
          <p className="search-empty">
            Nothing matches. Try other words, fewer filters, or {state.type === "paragraphs" ? "annotations" : "paragraphs"}.
          </p>
        ) : (
          <SearchResultList items={items} />
        )}
        <LoadMore pages={results} />
        {results.isError && (
          <ErrorAlert error={results.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void results.fetchNextPage()} />
        )}
      </section>
    </div>
  );
}
