import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { formatDate } from "@verbatim/core";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { useSession } from "../components/session-context.ts";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { AnnotationCountsLine, speakerLine } from "../library/statement-row.tsx";
import { type DeletedStatement, deletedStatementsQuery } from "../queries/deleted-statements-query.ts";
import { useRestoreStatement } from "../queries/use-restore-statement.ts";

/**
 * The workspace's deleted statements, for admins (`me.abilities.restoreStatements`): who deleted each and when,
 * and a Restore button that brings it back to the library with everything that was on it.
 */
export function DeletedStatementsPage() {
  const me = useSession();
  const allowed = me.abilities.restoreStatements;
  const deleted = useQuery({ ...deletedStatementsQuery(), enabled: allowed });
  const restore = useRestoreStatement();
  const [restored, setRestored] = useState<{ slug: string; title: string } | null>(null);

  const onRestore = (s: DeletedStatement) => {
    if (restore.isPending) return;
    restore.mutate({ slug: s.slug }, { onSuccess: () => setRestored({ slug: s.slug, title: s.title }) });
  };

  return (
    <section className="deleted-page" aria-labelledby="deleted-heading">
      <h1 id="deleted-heading">Deleted statements</h1>
      {!allowed ? (
        <p className="deleted-intro">Only admins see deleted statements. Ask an admin of {me.workspace.name} to restore one.</p>
      ) : (
        <>
          <p className="deleted-intro">
            A deleted statement is out of the library, search, exports and queues. Restoring it brings it back with all its annotations,
            comments and reviews.
          </p>
          <div role="status" className="deleted-status">
            {restored && (
              <p>
                Restored <Link to={`/s/${encodeURIComponent(restored.slug)}`}>{restored.title}</Link>.
              </p>
            )}
          </div>
          {restore.isError && <ErrorAlert error={restore.error} />}
          {deleted.isPending ? (
            <LoadingState label="Loading the deleted statements…" />
          ) : deleted.isError ? (
            <ErrorAlert error={deleted.error} onRetry={() => void deleted.refetch()} />
          ) : deleted.data.length === 0 ? (
            <p className="empty-state">No deleted statements.</p>
          ) : (
            <ul className="library-list" aria-labelledby="deleted-heading">
              {deleted.data.map((s) => (
                <DeletedRow
                  key={s.id}
                  statement={s}
                  onRestore={() => onRestore(s)}
                  restoring={restore.isPending && restore.variables.slug === s.slug}
                  now={deleted.dataUpdatedAt}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

interface DeletedRowProps {
  statement: DeletedStatement;
  onRestore: () => void;
  restoring: boolean;
  now: number;
}

function DeletedRow({ statement: s, onRestore, restoring, now }: DeletedRowProps) {
  const speaker = speakerLine(s.delegation, s.onBehalfOf);
  return (
    <li className="library-item deleted-item">
      <div className="library-item-text">
        <h2 className="library-item-title">{s.title}</h2>
        {speaker && <p className="library-speaker">{speaker}</p>}
        <p className="library-meta">
          {s.date && <time dateTime={s.date}>{formatDate(s.date)}</time>}
          <span>
            Deleted by {s.deletedBy.name}{" "}
            <time dateTime={s.deletedAt} title={fullTime(s.deletedAt)}>
              {relativeTime(s.deletedAt, now)}
            </time>
          </span>
        </p>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={onRestore}
        aria-disabled={restoring || undefined}
        aria-label={`Restore ${s.title}`}
      >
        {restoring ? "Restoring…" : "Restore"}
      </button>
      <AnnotationCountsLine counts={s.annotationCounts} />
    </li>
  );
}
