import { useId, type CSSProperties, type ReactNode } from "react";
import { toggled } from "./export-selection.ts";

export interface CheckOption<V extends string> {
  value: V;
  label: string;
  /** A colour for the ticked pill (the kind colours), as a CSS value. */
  color?: string;
}

interface CheckGroupProps<V extends string> {
  legend: string;
  hint?: ReactNode;
  options: readonly CheckOption<V>[];
  values: readonly V[];
  onChange: (values: V[]) => void;
}

/** A fieldset of checkboxes drawn as pills: each option a real, labelled checkbox, ticked in any combination. */
export function CheckGroup<V extends string>({ legend, hint, options, values, onChange }: CheckGroupProps<V>) {
  const hintId = useId();
  const order = options.map((o) => o.value);
  return (
    <fieldset className="export-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="choices">
        {options.map((o) => (
          <label key={o.value} className="choice" style={o.color ? ({ "--kind-color": o.color } as CSSProperties) : undefined}>
            <input
              type="checkbox"
              checked={values.includes(o.value)}
              onChange={(e) => onChange(toggled(values, o.value, e.target.checked, order))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
