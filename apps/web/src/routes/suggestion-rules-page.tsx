import { useQuery } from "@tanstack/react-query";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { KIND_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { type RuleRow, ruleFiguresQuery, ruleRows } from "../suggestions/rule-figures.ts";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/**
 * `/suggestions/rules`: how each suggestion rule has fared in the workspace — accepted and kept, accepted then
 * rejected in review, dismissed — as a bar per rule with the figures beside it, so a team sees which rules to trust.
 */
export function SuggestionRulesPage() {
  const figures = useQuery(ruleFiguresQuery());
  return (
    <section className="rule-figures" aria-labelledby="rule-figures-heading">
      <h1 id="rule-figures-heading">Suggestion rules</h1>
      <p className="rule-figures-intro">
        What became of each rule&rsquo;s suggestions across the workspace: <Swatch part="kept" /> accepted and kept,{" "}
        <Swatch part="rejected" /> accepted and then rejected in review, <Swatch part="dismissed" /> dismissed.
      </p>
      {figures.isPending ? (
        <LoadingState label="Loading the figures…" />
      ) : figures.isError ? (
        <ErrorAlert error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <RuleTable rows={ruleRows(figures.data.items)} />
      )}
    </section>
  );
}

function RuleTable({ rows }: { rows: readonly RuleRow[] }) {
  if (rows.every((r) => r.decided === 0)) return <p>No suggestion has been accepted or dismissed yet.</p>;
  const most = Math.max(...rows.map((r) => r.decided));
  return (
    <table className="rule-figures-table">
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Kind</th>
          <th scope="col">
            <span className="visually-hidden">Decisions as a bar</span>
          </th>
          <th scope="col">Kept</th>
          <th scope="col">Rejected</th>
          <th scope="col">Dismissed</th>
          <th scope="col">Kept of decided</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.rule}>
            <th scope="row">
              <code>{r.rule}</code>
            </th>
            <td>{labelFor(KIND_LABELS, r.kind)}</td>
            <td className="rule-figures-bar-cell" aria-hidden="true">
              <span className="rule-figures-bar" style={{ width: `${most === 0 ? 0 : (r.decided / most) * 100}%` }}>
                <span className="rule-part-kept" style={{ flexGrow: r.kept }} />
                <span className="rule-part-rejected" style={{ flexGrow: Math.min(r.rejected, r.accepted) }} />
                <span className="rule-part-dismissed" style={{ flexGrow: r.dismissed }} />
              </span>
            </td>
            <td>{r.kept}</td>
            <td>{r.rejected}</td>
            <td>{r.dismissed}</td>
            <td>{percent(r.keptShare)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Swatch({ part }: { part: "kept" | "rejected" | "dismissed" }) {
  return <span className={`rule-swatch rule-part-${part}`} aria-hidden="true" />;
}
