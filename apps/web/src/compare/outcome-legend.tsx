import { COMPARE_OUTCOMES } from "@verbatim/contract";
import { OUTCOME_HINTS, OUTCOME_LABELS } from "./compare-labels.ts";

/** What each outcome means, with the mark its rows carry. */
export function OutcomeLegend() {
  return (
    <dl className="outcome-legend" aria-label="Outcomes">
      {COMPARE_OUTCOMES.map((outcome) => (
        <div key={outcome}>
          <dt>
            <span className={`outcome-badge outcome-${outcome}`}>{OUTCOME_LABELS[outcome]}</span>
          </dt>
          <dd>{OUTCOME_HINTS[outcome]}</dd>
        </div>
      ))}
    </dl>
  );
}
