import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { revisionDiffQuery } from "../queries/use-revisions.ts";
import { useStatement } from "../queries/use-statement.ts";
import { DiffTable } from "./diff-table.tsx";
import { requestedRevision } from "./use-shown-statement.ts";

/**
 * `/s/:slug/revisions/:n/diff?against=m`: what revision n changed against an older one (the one before it by
 * default), paragraph by paragraph, with the words marked.
 */
export function RevisionDiffPage() {
  const { slug = "", n: nParam = "" } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const id = useId();
  const [onlyChanges, setOnlyChanges] = useState(false);
  const n = requestedRevision(nParam) ?? 1;
  const against = requestedRevision(searchParams.get("against"));
  const statement = useStatement(slug);
  const diff = useQuery({ ...revisionDiffQuery(slug, n, against), enabled: n > 1 });
  const base = `/s/${encodeURIComponent(slug)}`;

  const show = (to: number, from: number) => void navigate(`${base}/revisions/${to}/diff${from === to - 1 ? "" : `?against=${from}`}`);
  const older = against ?? n - 1;
  const current = statement.data?.revision ?? n;
  const rows = diff.data ? (onlyChanges ? diff.data.rows.filter((row) => row.fate !== "unchanged") : diff.data.rows) : [];

  return (
    <div className="revision-diff-page">
      <p className="back-link">
        <Link to={base}>← {statement.data?.title ?? "Back to the statement"}</Link>
      </p>
      <h1>Changes in revision {n}</h1>
      <div className="revision-diff-controls">
        <div className="field">
          <label htmlFor={`${id}-to`}>Revision</label>
          <select id={`${id}-to`} value={n} onChange={(e) => show(Number(e.target.value), Number(e.target.value) - 1)}>
            {Array.from({ length: Math.max(current - 1, 1) }, (_, i) => i + 2).map((r) => (
              <option key={r} value={r}>
                Revision {r}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-against`}>Compared with</label>
          <select id={`${id}-against`} value={older} onChange={(e) => show(n, Number(e.target.value))}>
            {Array.from({ length: Math.max(n - 1, 1) }, (_, i) => i + 1).map((r) => (
              <option key={r} value={r}>
                Revision {r}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} /> Only changed paragraphs
        </label>
        <Link className="button button-secondary" to={`${base}?revision=${older}`}>
          Read revision {older}
        </Link>
      </div>
      {n <= 1 ? (
        <p>Revision 1 is the statement as first imported: there is nothing to compare it with.</p>
      ) : diff.isPending ? (
        <LoadingState label="Comparing the revisions…" />
      ) : diff.isError ? (
        <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <DiffTable from={diff.data.from} to={diff.data.to} rows={rows} />
      )}
    </div>
  );
}
