import { Link } from "react-router";
import { countLabel, orderedCounts } from "../lib/annotation-kinds.ts";
import { formatDate } from "../lib/format-date.ts";
import type { StatementSummary } from "../queries/use-statements.ts";

/** One statement in the library: title, who spoke where and when, and how much of it is annotated. */
export function StatementCard({ statement: s }: { statement: StatementSummary }) {
  const speaker = [s.delegation, s.onBehalfOf && `on behalf of ${s.onBehalfOf}`].filter(Boolean).join(", ");
  return (
    <li className="statement-card">
      <h2 className="statement-title">
        <Link to={`/s/${encodeURIComponent(s.slug)}`}>{s.title}</Link>
      </h2>
      <p className="statement-meta">
        {speaker && <span>{speaker}</span>}
        {s.forum && <span>{s.forum}</span>}
        {s.meetingSymbol && <span>{s.meetingSymbol}</span>}
        {s.date && <time dateTime={s.date}>{formatDate(s.date)}</time>}
      </p>
      <p className="statement-counts">
        <span className="visually-hidden">Annotations: </span>
        {orderedCounts(s.annotationCounts).map(([kind, count]) => (
          <span key={kind} className={`count count-${kind}`} data-empty={count === 0 || undefined}>
            {countLabel(kind, count)}
          </span>
        ))}
      </p>
    </li>
  );
}
