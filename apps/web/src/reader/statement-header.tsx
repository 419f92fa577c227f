import { formatDate } from "@verbatim/core";
import type { Statement } from "../queries/use-statement.ts";
import { StatementActions } from "./statement-actions.tsx";
import { StatementRevisions } from "../revisions/statement-revisions.tsx";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** The statement's title and metadata: who spoke, for whom, where and when, and where the text came from. */
export function StatementHeader({ statement }: { statement: Statement }) {
  const facts: [label: string, value: string | null][] = [
    ["Speaker", statement.speaker],
    ["Delegation", statement.delegation],
    ["On behalf of", statement.onBehalfOf],
    ["Forum", statement.forum],
    ["Meeting", statement.meetingSymbol],
  ];
  return (
    <header className="statement-header">
      <h1>{statement.title}</h1>
      <dl className="statement-facts">
        {facts.map(
          ([label, value]) =>
            value && (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ),
        )}
        {statement.date && (
          <div>
            <dt>Date</dt>
            <dd>
              <time dateTime={statement.date}>{formatDate(statement.date)}</time>
            </dd>
          </div>
        )}
        {statement.sourceUrl && (
          <div>
            <dt>Source</dt>
            <dd>
              <a href={statement.sourceUrl} target="_blank" rel="noreferrer noopener">
                {hostOf(statement.sourceUrl)}
              </a>
            </dd>
          </div>
        )}
      </dl>
      <StatementActions statement={statement} />
      <StatementRevisions statement={statement} />
    </header>
  );
}
