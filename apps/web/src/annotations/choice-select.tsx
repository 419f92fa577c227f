import { useId } from "react";

interface ChoiceSelectProps {
  label: string;
  name: string;
  value: string;
  choices: readonly string[];
  labels: Readonly<Record<string, string>>;
  placeholder: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

/**
 * A required choice among many as a select; typing a letter picks on the keyboard. Used for the stance, whose
 * "Notes" would otherwise be a second element labelled like the "Note" field.
 */
export function ChoiceSelect({ label, name, value, choices, labels, placeholder, onChange, error, autoFocus }: ChoiceSelectProps) {
  const id = useId();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        required
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice] ?? choice}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
