import { REVIEW_STATUSES } from "@verbatim/core";
import { useId } from "react";
import { STATUS_LABELS } from "../lib/taxonomy-labels.ts";
import { CheckGroup } from "./check-group.tsx";
import type { ExportSelection } from "./export-selection.ts";

interface StatusFilterProps {
  selection: ExportSelection;
  onChange: (patch: Partial<ExportSelection>) => void;
}

const STATUS_OPTIONS = REVIEW_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));

/** Accepted annotations only, unless the switch lets in the others; then each status can be left out. */
export function StatusFilter({ selection: s, onChange }: StatusFilterProps) {
  const id = useId();
  return (
    <fieldset className="export-group">
      <legend>Review status</legend>
      <div className="checkbox-field export-switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={s.allStatuses}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange({ allStatuses: e.target.checked })}
        />
        <label htmlFor={id}>Include unreviewed, rejected and disputed</label>
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {s.allStatuses ? "Annotations with the statuses ticked below." : "Accepted annotations only, as a brief should cite."}
      </p>
      {s.allStatuses && (
        <CheckGroup legend="Statuses" options={STATUS_OPTIONS} values={s.statuses} onChange={(statuses) => onChange({ statuses })} />
      )}
    </fieldset>
  );
}
