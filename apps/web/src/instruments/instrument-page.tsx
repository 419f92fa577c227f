import { formatDate } from "@verbatim/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { RELATION_LABELS, STATUS_LABELS, labelFor } from "../lib/taxonomy-labels.ts";
import { citingCounts, whoCites } from "./citing-counts.ts";
import { MentionsSection } from "./mentions-section.tsx";
import { citingHref, type InstrumentReferences, instrumentReferencesQuery } from "./instrument-query.ts";

/**
 * An instrument of the registry, or a UN document symbol, and every annotated reference to it across the workspace's
 * statements: who cited it, when, how (the relation) and in which words, each linked to its paragraph.
 */
export function InstrumentPage() {
  const key = useParams()["*"] ?? "";
  const references = useQuery(instrumentReferencesQuery(key));
  return (
    <section className="instrument-page" aria-labelledby="instrument-heading">
      {references.isPending ? (
        <LoadingState label="Loading the references…" />
      ) : references.isError ? (
        <>
          <h1 id="instrument-heading">{key}</h1>
          <ErrorAlert error={references.error} onRetry={() => void references.refetch()} />
        </>
      ) : (
        <InstrumentReferencesView page={references.data} />
      )}
    </section>
  );
}

function InstrumentReferencesView({ page }: { page: InstrumentReferences }) {
  const { instrument, items, key } = page;
  const symbol = instrument?.symbol ?? (instrument ? null : key);
  const counts = citingCounts(items);
  return (
    <>
      <header className="instrument-head">
        <p className="instrument-key">{instrument ? key : "UN document"}</p>
        <h1 id="instrument-heading">{instrument?.name ?? key}</h1>
        <dl className="instrument-facts">
          {instrument && instrument.shortNames.length > 0 && <Fact term="Also called" value={instrument.shortNames.join(" · ")} />}
          {symbol && (
            <Fact
              term="Symbol"
              value={
                <a href={`https://undocs.org/${encodeURI(symbol)}`} target="_blank" rel="noopener noreferrer">
                  {symbol}
                </a>
              }
            />
          )}
          {instrument?.adoptedBy && <Fact term="Adopted" value={instrument.adoptedBy} />}
          {instrument?.inForce && <Fact term="In force" value={formatDate(instrument.inForce)} />}
        </dl>
      </header>
      <p className="instrument-summary">
        {items.length === 0
          ? "No annotation cites it yet."
          : `Cited ${items.length === 1 ? "once" : `${items.length} times`} by ${counts.length === 1 ? "one speaker" : `${counts.length} speakers`}.`}
      </p>
      {counts.length > 1 && (
        <ul className="instrument-counts" aria-label="References by speaker">
          {counts.map((c) => (
            <li key={c.who}>
              {c.who} <span className="instrument-count">{c.count}</span>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <table className="instrument-table">
          <caption className="visually-hidden">References to {instrument?.name ?? key}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Speaker</th>
              <th scope="col">Relation</th>
              <th scope="col">Words</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={r.annotationId}>
                <td className="instrument-date">{r.statement.date ? formatDate(r.statement.date) : "—"}</td>
                <td>
                  <span className="instrument-who">{whoCites(r)}</span>
                  <Link className="instrument-citation" to={citingHref(r)}>
                    {r.citation}
                  </Link>
                </td>
                <td>{labelFor(RELATION_LABELS, r.relation)}</td>
                <td>
                  <q>{r.quote}</q>
                </td>
                <td>
                  <span className={`status-badge status-${r.status}`}>{labelFor(STATUS_LABELS, r.status)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <MentionsSection instrumentKey={key} name={instrument?.name ?? key} />
    </>
  );
}

function Fact({ term, value }: { term: string; value: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
