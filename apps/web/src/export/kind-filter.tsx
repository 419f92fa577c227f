import { ANNOTATION_KINDS, COMMITMENT_STRENGTHS, CROSS_REFERENCE_RELATIONS, STANCES } from "@verbatim/core";
import { kindColour } from "../lib/annotation-scheme.ts";
import { KIND_LABELS, RELATION_LABELS, STANCE_LABELS, STRENGTH_LABELS } from "../lib/taxonomy-labels.ts";
import { CheckGroup } from "./check-group.tsx";
import type { ExportSelection } from "./export-selection.ts";
import { TextField } from "../components/text-field.tsx";

interface KindFilterProps {
  selection: ExportSelection;
  onChange: (patch: Partial<ExportSelection>) => void;
}

const KIND_OPTIONS = ANNOTATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], color: kindColour(k) }));
const options = <V extends string>(values: readonly V[], labels: Record<V, string>) => values.map((v) => ({ value: v, label: labels[v] }));

/** Kinds, and under each ticked kind the filters on its own attributes (stance and topic, strength, relation and target). */
export function KindFilter({ selection: s, onChange }: KindFilterProps) {
  return (
    <div className="export-kinds">
      <CheckGroup
        legend="Kinds"
        hint="None ticked: every kind. Tick a kind to filter by its attributes."
        options={KIND_OPTIONS}
        values={s.kinds}
        onChange={(kinds) => onChange({ kinds })}
      />
      {s.kinds.includes("position") && (
        <div className="export-attributes" role="group" aria-label="Position filters">
          <CheckGroup
            legend="Stance"
            options={options(STANCES, STANCE_LABELS)}
            values={s.stances}
            onChange={(stances) => onChange({ stances })}
          />
          <TextField
            name="topic"
            label="Topic"
            hint="A topic of the position, in any case."
            autoComplete="off"
            value={s.topic}
            onChange={(e) => onChange({ topic: e.target.value })}
          />
        </div>
      )}
      {s.kinds.includes("commitment") && (
        <div className="export-attributes" role="group" aria-label="Commitment filters">
          <CheckGroup
            legend="Strength"
            options={options(COMMITMENT_STRENGTHS, STRENGTH_LABELS)}
            values={s.strengths}
            onChange={(strengths) => onChange({ strengths })}
          />
        </div>
      )}
      {s.kinds.includes("cross-reference") && (
        <div className="export-attributes" role="group" aria-label="Cross-reference filters">
          <CheckGroup
            legend="Relation"
            options={options(CROSS_REFERENCE_RELATIONS, RELATION_LABELS)}
            values={s.relations}
            onChange={(relations) => onChange({ relations })}
          />
          <TextField
            name="target"
            label="Cross-reference target"
            hint="An instrument key (UNTOC), a UN symbol (A/RES/74/247), slug#p7 or a URL."
            autoComplete="off"
            value={s.target}
            onChange={(e) => onChange({ target: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}
