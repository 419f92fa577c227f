import { formatDate } from "@verbatim/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ErrorAlert } from "../components/error-alert.tsx";
import { whoCites } from "./citing-counts.ts";
import { type InstrumentMentions, instrumentMentionsQuery, mentionHref } from "./instrument-query.ts";
import { unreadStatements, useCorpusReading } from "./use-corpus-reading.ts";

/** Below this the detector's own confidence says the words may cite it (an anaphora such as "the Convention"). */
const SURE = 0.5;

/**
 * Beside the tagged references, the words across the corpus that cite the instrument and that nobody has tagged yet:
 * each opens the reader on its words in suggestion mode, to accept (A) or dismiss (X) there. Statements the detector
 * has not read are read first, with the job's progress shown.
 */
export function MentionsSection({ instrumentKey, name }: { instrumentKey: string; name: string }) {
  const mentions = useQuery(instrumentMentionsQuery(instrumentKey));
  const reading = useCorpusReading(mentions.data?.coverage);
  return (
    <section className="instrument-mentions" aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">Mentions not tagged yet</h2>
      {mentions.isError ? (
        <ErrorAlert error={mentions.error} onRetry={() => void mentions.refetch()} />
      ) : mentions.data ? (
        <>
          <ReadingState page={mentions.data} reading={reading} />
          <MentionsTable page={mentions.data} name={name} />
        </>
      ) : (
        <p className="instrument-summary">Loading the mentions…</p>
      )}
    </section>
  );
}

function ReadingState({ page, reading }: { page: InstrumentMentions; reading: ReturnType<typeof useCorpusReading> }) {
  const { coverage } = page;
  const left = unreadStatements(coverage);
  const others =
    coverage.otherLanguages > 0
      ? ` ${coverage.otherLanguages === 1 ? "One statement is" : `${coverage.otherLanguages} statements are`} not in English, which the suggestion rules do not read.`
      : "";
  if (reading.failed)
    return (
      <p className="instrument-summary" role="alert">
        Reading the statements for mentions failed.{" "}
        <button type="button" className="button-quiet" onClick={reading.retry}>
          Try again
        </button>
      </p>
    );
  if (reading.reading || left > 0) {
    const p = reading.progress;
    const known = p && p.total > 0;
    return (
      <div className="instrument-reading" role="status">
        <span>Reading {known ? `${p.done} of ${p.total}` : left === 1 ? "one statement" : `${left} statements`} for mentions…</span>
        <progress aria-label="Statements read for mentions" max={known ? p.total : undefined} value={known ? p.done : undefined} />
      </div>
    );
  }
  const n = page.items.length;
  const where = new Set(page.items.map((m) => m.statement.id)).size;
  return (
    <p className="instrument-summary">
      {n === 0
        ? `No untagged mention in the ${coverage.read === 1 ? "statement" : `${coverage.read} statements`} read.`
        : `${n === 1 ? "One mention" : `${n} mentions`} in ${where === 1 ? "one statement" : `${where} statements`} that no annotation tags yet. Open one to accept it (A) or dismiss it (X).`}
      {others}
    </p>
  );
}

function MentionsTable({ page, name }: { page: InstrumentMentions; name: string }) {
  if (page.items.length === 0) return null;
  return (
    <table className="instrument-table">
      <caption className="visually-hidden">Untagged mentions of {name}, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Speaker</th>
          <th scope="col">Words</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {page.items.map((m) => (
          <tr key={`${m.statement.id} ${m.suggestionId}`}>
            <td className="instrument-date">{m.statement.date ? formatDate(m.statement.date) : "—"}</td>
            <td>
              <span className="instrument-who">{whoCites(m)}</span>
              <Link className="instrument-citation" to={mentionHref(m)}>
                {m.citation}
              </Link>
            </td>
            <td>
              <q>{m.quote}</q>
              {m.confidence < SURE && <span className="instrument-unsure"> (less sure)</span>}
            </td>
            <td className="instrument-why">{m.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
