import { useLabels } from "../annotations/use-vocabulary.ts";
import { useMembers } from "../team/use-members.ts";
import { CheckGroup } from "./check-group.tsx";
import type { ExportSelection } from "./export-selection.ts";
import { TextField } from "../components/text-field.tsx";

interface MoreFiltersProps {
  selection: ExportSelection;
  userId: string;
  onChange: (patch: Partial<ExportSelection>) => void;
}

/** Labels from the workspace vocabulary, the members whose annotations to take, and the statements' dates. */
export function MoreFilters({ selection: s, userId, onChange }: MoreFiltersProps) {
  const labels = useLabels();
  const members = useMembers();
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
      {members.data ? (
        <CheckGroup
          legend="Authors"
          hint="None ticked: everyone's annotations."
          options={members.data.items.map((m) => ({ value: m.id, label: m.id === userId ? `${m.name} (you)` : m.name }))}
          values={s.authors}
          onChange={(next) => onChange({ authors: next })}
        />
      ) : (
        <fieldset className="export-group">
          <legend>Authors</legend>
          <p className="field-hint">
            {members.isPending ? "Loading members…" : "The members could not be loaded: everyone's annotations."}
          </p>
        </fieldset>
      )}
      <fieldset className="export-group export-dates">
        <legend>Statement date</legend>
        <TextField name="from" type="date" label="From" value={s.from} onChange={(e) => onChange({ from: e.target.value })} />
        <TextField name="to" type="date" label="To" value={s.to} onChange={(e) => onChange({ to: e.target.value })} />
      </fieldset>
    </>
  );
}
