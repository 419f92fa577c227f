import { useId, type KeyboardEvent } from "react";

interface MetadataInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type: "text" | "date" | "url";
  /** Long one-line values (titles, forums) wrap in a growing box instead of scrolling out of sight. */
  multiline: boolean;
  placeholder: string | undefined;
  /** Marks a value the import found in the text, so the analyst knows to check it. */
  fromText: boolean;
  note: string | undefined;
  error: string | undefined;
  required: boolean;
  autoFocus: boolean;
  readOnly: boolean;
  /** The ID of a datalist of suggestions (the registry's delegations and groups); the field stays free text. */
  list?: string | undefined;
}

/** One metadata field: its label with a "from the text" tag when pre-filled, an optional note, and its error. */
export function MetadataInput(props: MetadataInputProps) {
  const { label, value, onChange, type, multiline, placeholder, fromText, note, error, required, autoFocus, readOnly, list } = props;
  const id = useId();
  const describedBy = [fromText && `${id}-tag`, note && `${id}-note`, error && `${id}-error`].filter(Boolean).join(" ");
  const common = {
    id,
    value,
    placeholder,
    autoFocus,
    readOnly,
    autoComplete: "off",
    "aria-invalid": error ? true : undefined,
    "aria-required": required || undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <div className="metadata-label">
        <label htmlFor={id}>{label}</label>
        {fromText && (
          <span className="from-text-tag" id={`${id}-tag`}>
            from the text
          </span>
        )}
      </div>
      {multiline ? (
        <textarea
          {...common}
          className="metadata-multiline"
          rows={2}
          onKeyDown={submitOnEnter}
          onChange={(e) => onChange(oneLine(e.target.value))}
        />
      ) : (
        <input {...common} type={type} list={list} onChange={(e) => onChange(e.target.value)} />
      )}
      {note && (
        <p className="field-hint" id={`${id}-note`}>
          {note}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** Metadata is one line: pasted line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, " ");
}

/** Enter submits, as in the form's other fields, rather than breaking the line. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}
