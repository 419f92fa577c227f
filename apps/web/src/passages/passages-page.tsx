import { PASSAGE_GROUPINGS, type PassageGrouping } from "@verbatim/contract";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { LoadMore } from "../components/load-more.tsx";
import { SavedViews } from "../saved-views/saved-views.tsx";
import { CORPUS_READ_ERRORS } from "../search/search-errors.ts";
import { AnnotationResult } from "../search/search-results.tsx";
import { PassagesExport } from "./passages-export.tsx";
import { PassageFilters } from "./passage-filters.tsx";
import { passagesQuery, type Passage } from "./passages-query.ts";
import { passagesHref, passagesParamsOf, readPassagesState, withoutFilter, type PassagesState } from "./passages-url.ts";

const GROUP_LABELS: Record<PassageGrouping, string> = {
  topic: "Topic",
  stance: "Stance",
  delegation: "Delegation",
  statement: "Statement",
};

/**
 * Retrieved passages (issue 17): every annotation the filters select across the corpus, grouped, each quote marked in
 * its paragraph with a jump to the reader; a matrix cell, a search or a saved view opens it by address, and the same
 * filters export in any format.
 */
export function PassagesPage() {
  const [params] = useSearchParams();
  const state = useMemo(() => readPassagesState(params), [params]);
  const navigate = useNavigate();
  const go = (next: PassagesState) => void navigate(passagesHref(next), { flushSync: true });
  const results = useInfiniteQuery(passagesQuery(state));
  const first = results.data?.pages[0];
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="page passages-page">
      <div className="search-head">
        <h1>Passages</h1>
        <SavedViews kind="passages" params={passagesParamsOf(state).toString()} savable />
      </div>
      <p className="passages-intro">
        Every annotation the filters select, across statements, with its paragraph. Open a cell of the <Link to="/analysis">matrix</Link> or
        narrow a <Link to="/search">search</Link> to choose them.
      </p>
      <PassageFilters state={state} authors={authorsOf(items)} onRemove={(filter, value) => go(withoutFilter(state, filter, value))} />
      <div className="passages-bar">
        <fieldset className="search-type">
          <legend>Group by</legend>
          {PASSAGE_GROUPINGS.map((group) => (
            <label key={group} className="search-type-option">
              <input type="radio" name="passages-group" checked={state.group === group} onChange={() => go({ ...state, group })} />
              {GROUP_LABELS[group]}
            </label>
          ))}
        </fieldset>
        {first && <PassagesExport state={state} total={first.total} />}
      </div>
      {!results.data ? (
        results.isError ? (
          <ErrorAlert error={results.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void results.refetch()} />
        ) : (
          <LoadingState label="Finding passages…" />
        )
      ) : (
        <section aria-labelledby="passages-total" aria-busy={results.isPlaceholderData || undefined}>
          <h2 id="passages-total" className="search-total" aria-live="polite">
            {totalLabel(first?.total ?? 0, first?.groupCount ?? 0, state.group)}
          </h2>
          {items.length === 0 ? (
            <p className="search-empty">No annotation matches these filters. Remove one to widen the passages.</p>
          ) : (
            <GroupedPassages items={items} counts={new Map(first?.groups.map((g) => [g.key, g.count]))} />
          )}
          <LoadMore pages={results} />
          {results.isError && (
            <ErrorAlert error={results.error} apiMessageFor={CORPUS_READ_ERRORS} onRetry={() => void results.fetchNextPage()} />
          )}
        </section>
      )}
    </div>
  );
}

function totalLabel(total: number, groups: number, by: PassageGrouping): string {
  const annotations = `${total.toLocaleString("en")} ${total === 1 ? "annotation" : "annotations"}`;
  const noun = by === "statement" ? "statement" : by === "delegation" ? "delegation" : by === "stance" ? "stance" : "topic";
  return total === 0
    ? annotations
    : `${annotations} in ${groups.toLocaleString("en")} ${groups === 1 ? `group (${noun})` : `groups (${noun})`}`;
}

/** The passages under a heading per group, as the API ordered them (a group's passages are consecutive). */
function GroupedPassages({ items, counts }: { items: readonly Passage[]; counts: ReadonlyMap<string | null, number> }) {
  const groups: { key: string | null; label: string; items: Passage[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.key === item.group.key) last.items.push(item);
    else groups.push({ key: item.group.key, label: item.group.label, items: [item] });
  }
  return (
    <div className="passages-groups">
      {groups.map((group) => (
        <section key={group.key ?? "\u0001"} className="passages-group" aria-label={group.label}>
          <h3 className="passages-group-head">
            {group.label}{" "}
            <span className="passages-group-count">({(counts.get(group.key) ?? group.items.length).toLocaleString("en")})</span>
          </h3>
          <ol className="search-results" aria-label={`Passages: ${group.label}`}>
            {group.items.map((item) => (
              <AnnotationResult
                key={`${item.annotation.id}`}
                hit={{ ...item, matches: [{ start: item.annotation.start, end: item.annotation.end }] }}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** Authors' names by ID, from the passages loaded, so an author filter reads as a name. */
function authorsOf(items: readonly Passage[]): ReadonlyMap<string, string> {
  return new Map(items.map((i) => [i.annotation.author.id, i.annotation.author.name]));
}
