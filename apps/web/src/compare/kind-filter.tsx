import { ANNOTATION_KINDS, type AnnotationKind } from "@verbatim/core";
import { KIND_LABELS } from "../lib/taxonomy-labels.ts";

/** Which kinds to show; none ticked shows every kind. */
export function KindFilter({ kinds, onChange }: { kinds: readonly AnnotationKind[]; onChange: (kinds: AnnotationKind[]) => void }) {
  return (
    <fieldset className="compare-picker">
      <legend>Kinds</legend>
      <p className="field-hint">None ticked: every kind.</p>
      <div className="choices">
        {ANNOTATION_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="checkbox"
              checked={kinds.includes(kind)}
              onChange={(e) => onChange(ANNOTATION_KINDS.filter((k) => (k === kind ? e.target.checked : kinds.includes(k))))}
            />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
