import { useId } from "react";
import { useLabels } from "../annotations/use-vocabulary.ts";
import { CheckGroup } from "./check-group.tsx";
import type { ExportSelection } from "./export-selection.ts";
import { TextField } from "../components/text-field.tsx";

interface MoreFiltersProps {
  selection: ExportSelection;
  onChange: (patch: Partial<ExportSelection>) => void;
}

/**
 * Labels from the workspace vocabulary, the analyst's own annotations, and the statements' dates. The API lists
 * no workspace members yet, so the author filter offers only "mine", the one author the page knows.
 */
export function MoreFilters({ selection: s, onChange }: MoreFiltersProps) {
  const labels = useLabels();
  const mineId = useId();
  const known = labels.data?.map((l) => l.name) ?? [];
  // A label ticked earlier stays on offer even if the vocabulary no longer has it.
  const offered = [...known, ...s.labels.filter((l) => !known.includes(l))];
  return (
    <>
      {offered.length > 0 ? (
        <CheckGroup
          legend="Labels"
          hint="None ticked: any label. Otherwise annotations with any of the ticked labels."
          options={offered.map((l) => ({ value: l, label: l }))}
          values={s.labels}
          onChange={(next) => onChange({ labels: next })}
        />
      ) : (
        <fieldset className="export-group">
          <legend>Labels</legend>
          <p className="field-hint">{labels.isPending ? "Loading labels…" : "No labels are used in this workspace yet."}</p>
        </fieldset>
      )}
      <fieldset className="export-group">
        <legend>Author</legend>
        <div className="checkbox-field">
          <input id={mineId} type="checkbox" checked={s.mineOnly} onChange={(e) => onChange({ mineOnly: e.target.checked })} />
          <label htmlFor={mineId}>Only annotations I made</label>
        </div>
      </fieldset>
      <fieldset className="export-group export-dates">
        <legend>Statement date</legend>
        <TextField name="from" type="date" label="From" value={s.from} onChange={(e) => onChange({ from: e.target.value })} />
        <TextField name="to" type="date" label="To" value={s.to} onChange={(e) => onChange({ to: e.target.value })} />
      </fieldset>
    </>
  );
}
