import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import type { useStatements } from "../queries/use-statements.ts";
import { LibraryEmpty } from "./library-empty.tsx";
import { StatementList } from "./statement-list.tsx";
import type { RowSelection } from "./statement-row.tsx";

interface LibraryResultsProps {
  statements: ReturnType<typeof useStatements>;
  query: string;
  labelledBy: string;
  onImport: (() => void) | null;
  onClearSearch: () => void;
  /** Checkboxes on the rows, for those who may act on several statements at once. */
  selection?: RowSelection;
}

/** The list with its loading, failure and empty states, a count, and "Show more" while pages remain. */
export function LibraryResults({ statements, query, labelledBy, onImport, onClearSearch, selection }: LibraryResultsProps) {
  const items = statements.data?.pages.flatMap((p) => p.items) ?? [];
  const updating = statements.isPlaceholderData && statements.isFetching;

  if (statements.isPending) return <LoadingState label="Loading statements…" />;
  if (statements.isError && items.length === 0) {
    return <ErrorAlert error={statements.error} onRetry={() => void statements.refetch()} />;
  }
  return (
    <>
      <p className="library-summary" aria-live="polite">
        {updating ? "Updating the list…" : summary(items.length, statements.hasNextPage, query)}
      </p>
      {items.length === 0 ? (
        <LibraryEmpty query={query} onImport={onImport} onClearSearch={onClearSearch} />
      ) : (
        <StatementList statements={items} labelledBy={labelledBy} selection={selection} />
      )}
      {statements.isFetchNextPageError && <ErrorAlert error={statements.error} onRetry={() => void statements.fetchNextPage()} />}
      {statements.hasNextPage && (
        <button
          type="button"
          className="button button-secondary library-more"
          onClick={() => void statements.fetchNextPage()}
          disabled={statements.isFetchingNextPage}
        >
          {statements.isFetchingNextPage ? "Loading…" : "Show more"}
        </button>
      )}
    </>
  );
}

/** "3 statements", "12 statements match “China”", "Showing the first 25 statements". */
export function summary(count: number, more: boolean, query: string): string {
  if (count === 0) return "";
  const noun = count === 1 ? "statement" : "statements";
  if (more) return query ? `Showing the first ${count} ${noun} that match “${query}”` : `Showing the first ${count} ${noun}`;
  if (query) return `${count} ${noun} ${count === 1 ? "matches" : "match"} “${query}”`;
  return `${count} ${noun}`;
}
