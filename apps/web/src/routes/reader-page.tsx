import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { isApiError } from "../api/api-error.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { StatementBody } from "../components/statement-body.tsx";
import { formatDate } from "../lib/format-date.ts";
import { useStatement } from "../queries/use-statement.ts";

/** Reads one statement. The full reader (highlights, annotation sidebar) replaces this in a later issue. */
export function ReaderPage() {
  const { slug = "" } = useParams();
  const statement = useStatement(slug);
  const { hash } = useLocation();

  // The paragraphs arrive after the browser tried to follow `#p7`, so follow it once they are there.
  useEffect(() => {
    if (statement.data && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [statement.data, hash]);

  return (
    <article className="reader">
      <p className="back-link">
        <Link to="/">← All statements</Link>
      </p>
      {statement.isPending && <LoadingState label="Loading the statement…" />}
      {statement.isError && (
        <h1>{isApiError(statement.error, "not_found") ? "Statement not found" : "The statement could not be loaded"}</h1>
      )}
      {statement.isError && (
        <ErrorAlert
          error={statement.error}
          onRetry={isApiError(statement.error, "not_found") ? undefined : () => void statement.refetch()}
        />
      )}
      {statement.data && (
        <>
          <header className="reader-header">
            <h1>{statement.data.title}</h1>
            <p className="statement-meta">
              {statement.data.speaker && <span>{statement.data.speaker}</span>}
              {statement.data.delegation && <span>{statement.data.delegation}</span>}
              {statement.data.onBehalfOf && <span>on behalf of {statement.data.onBehalfOf}</span>}
              {statement.data.forum && <span>{statement.data.forum}</span>}
              {statement.data.meetingSymbol && <span>{statement.data.meetingSymbol}</span>}
              {statement.data.date && <time dateTime={statement.data.date}>{formatDate(statement.data.date)}</time>}
            </p>
          </header>
          <StatementBody blocks={statement.data.paragraphs} />
        </>
      )}
    </article>
  );
}
