import { useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { StatementList } from "../components/statement-list.tsx";
import { StatementSearch } from "../components/statement-search.tsx";
import { useStatements } from "../queries/use-statements.ts";

/** The workspace's library of statements. The query string keeps the search, so it survives reloads and links. */
export function HomePage() {
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const statements = useStatements(query);
  const items = statements.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="library" aria-labelledby="statements-heading">
      <div className="library-header">
        <h1 id="statements-heading">Statements</h1>
        <StatementSearch key={query} query={query} onSearch={(q) => setParams(q ? { q } : {})} />
      </div>
      {statements.isPending && <LoadingState label="Loading statements…" />}
      {statements.isError && <ErrorAlert error={statements.error} onRetry={() => void statements.refetch()} />}
      {statements.isSuccess && <StatementList statements={items} labelledBy="statements-heading" query={query} />}
      {statements.hasNextPage && (
        <button
          type="button"
          className="button button-secondary load-more"
          onClick={() => void statements.fetchNextPage()}
          disabled={statements.isFetchingNextPage}
        >
          {statements.isFetchingNextPage ? "Loading…" : "Show more statements"}
        </button>
      )}
    </section>
  );
}
