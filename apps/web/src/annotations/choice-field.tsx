import { useId } from "react";

interface ChoiceFieldProps {
  label: string;
  name: string;
  value: string;
  choices: readonly string[];
  labels: Readonly<Record<string, string>>;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

/** A required choice as a radio group: every option visible at once, arrow keys move between them. */
export function ChoiceField({ label, name, value, choices, labels, onChange, error, autoFocus }: ChoiceFieldProps) {
  const id = useId();
  const focusIndex = Math.max(0, choices.indexOf(value));
  return (
    <div className={error ? "field choice-field field-invalid" : "field choice-field"}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="choices"
      >
        {choices.map((choice, index) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              autoFocus={autoFocus && index === focusIndex}
            />
            <span>{labels[choice] ?? choice}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
