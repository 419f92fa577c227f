import type { ReviewStatus } from "@verbatim/core";
import { STATUS_LABELS } from "../lib/taxonomy-labels.ts";
import { type ShownStatuses, withStatus } from "./status-visibility.ts";

interface HighlightStatusFilterProps {
  shown: ShownStatuses;
  counts: Record<ReviewStatus, number>;
  onChange: (shown: ShownStatuses) => void;
}

/** In the order a reviewer's eye wants them: settled, open, contested, then the ones set aside. */
const STATUS_ORDER: readonly ReviewStatus[] = ["accepted", "proposed", "disputed", "rejected"];

/** Each status's sample is drawn as its highlight is (reader.css over annotation-scheme.css). */
const SAMPLE_CLASS: Record<ReviewStatus, string> = {
  accepted: "sample-accepted",
  proposed: "sample-light",
  disputed: "sample-disputed",
  rejected: "sample-rejected",
};

/** Which review statuses the reader paints, each a checkbox with its sample: the status legend and filter in one. */
export function HighlightStatusFilter({ shown, counts, onChange }: HighlightStatusFilterProps) {
  return (
    <fieldset className="highlight-status-filter">
      <legend>Highlights shown</legend>
      {STATUS_ORDER.map((status) => (
        <label key={status}>
          <input type="checkbox" checked={shown.has(status)} onChange={(e) => onChange(withStatus(shown, status, e.target.checked))} />
          <span className={`legend-sample ${SAMPLE_CLASS[status]}`} aria-hidden="true">
            Abc
          </span>
          {STATUS_LABELS[status]} <span className="status-count">({counts[status]})</span>
        </label>
      ))}
    </fieldset>
  );
}
