import { Link } from "react-router";
import { countLabel, orderedCounts } from "../lib/annotation-kinds.ts";
import { formatDate } from "@verbatim/core";
import type { StatementSummary } from "../queries/use-statements.ts";

/** "Malaysia, on behalf of the Asia-Pacific Group", or whichever half is known. */
export function speakerLine(delegation: string | null, onBehalfOf: string | null): string {
  if (delegation && onBehalfOf) return `${delegation}, on behalf of ${onBehalfOf}`;
  if (onBehalfOf) return `On behalf of ${onBehalfOf}`;
  return delegation ?? "";
}

/** A row's checkbox, for choosing statements to act on together (assigning them). */
export interface RowSelection {
  isSelected: (slug: string) => boolean;
  onToggle: (statement: StatementSummary, selected: boolean) => void;
}

/** One statement in the library: title, who spoke where and when, and how much of it is annotated, by kind. */
export function StatementRow({ statement: s, selection }: { statement: StatementSummary; selection?: RowSelection }) {
  const speaker = speakerLine(s.delegation, s.onBehalfOf);
  return (
    <li className="library-item">
      <div className="library-item-text">
        {selection && (
          <input
            type="checkbox"
            className="library-select"
            aria-label={`Select ${s.title}`}
            checked={selection.isSelected(s.slug)}
            onChange={(e) => selection.onToggle(s, e.target.checked)}
          />
        )}
        <h2 className="library-item-title">
          <Link to={`/s/${encodeURIComponent(s.slug)}`}>{s.title}</Link>
        </h2>
        {speaker && <p className="library-speaker">{speaker}</p>}
        {(s.forum || s.meetingSymbol) && (
          <p className="library-meta">
            {s.forum && <span>{s.forum}</span>}
            {s.meetingSymbol && <span>{s.meetingSymbol}</span>}
          </p>
        )}
      </div>
      <p className="library-item-date">
        {s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : <span className="library-no-date">No date</span>}
      </p>
      <AnnotationCountsLine counts={s.annotationCounts} />
    </li>
  );
}

/** A statement's annotations by kind, as a library row shows them (the deleted statements' list too). */
export function AnnotationCountsLine({ counts }: { counts: Record<string, number> }) {
  return (
    <p className="library-counts">
      <span className="visually-hidden">Annotations: </span>
      {orderedCounts(counts).map(([kind, count]) => (
        <span key={kind} className={`kind-count kind-count-${kind}`} data-empty={count === 0 || undefined}>
          {countLabel(kind, count)}
        </span>
      ))}
    </p>
  );
}
