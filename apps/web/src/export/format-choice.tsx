import type { ExportFormat } from "@verbatim/contract";
import { NOT_CARRIED } from "@verbatim/core";
import { useId } from "react";
import type { ExportOptions } from "./export-selection.ts";

export const FORMAT_OPTIONS: readonly { value: ExportFormat; label: string; hint: string }[] = [
  { value: "docx", label: "Word (.docx)", hint: "A brief grouped by statement and kind, each excerpt with its citation." },
  { value: "md", label: "Markdown", hint: "The same brief as plain Markdown text." },
  { value: "html", label: "HTML (print)", hint: "The brief as a web page laid out for printing or “Save as PDF”." },
  { value: "csv", label: "CSV", hint: "One row per annotation, for a spreadsheet." },
  { value: "json", label: "JSON", hint: "Verbatim’s own schema, with each statement’s metadata." },
  { value: "w3c", label: "W3C JSON-LD", hint: "W3C Web Annotations, which other annotation tools read." },
  // What a QDA tool gets and what REFI-QDA cannot carry, as core's exporter writes it into the project itself.
  {
    value: "qdpx",
    label: "REFI-QDA project (.qdpx)",
    hint: `For ATLAS.ti, MAXQDA, NVivo or QualCoder. ${NOT_CARRIED.replace(/^Exported from Verbatim\. /, "")}`,
  },
  {
    value: "qdc",
    label: "Codebook (.qdc)",
    hint: "The workspace’s whole codebook (topics and labels in their hierarchy, with definitions) for a QDA tool; the filters do not apply.",
  },
];

interface FormatChoiceProps {
  options: ExportOptions;
  onChange: (options: ExportOptions) => void;
  disabled?: boolean;
}

/** The file format, as radio buttons with a line on what each is for; CSV adds the Excel option. */
export function FormatChoice({ options, onChange, disabled }: FormatChoiceProps) {
  const id = useId();
  const current = FORMAT_OPTIONS.find((f) => f.value === options.format);
  return (
    <fieldset className="export-group export-format" disabled={disabled}>
      <legend>Format</legend>
      <div className="choices">
        {FORMAT_OPTIONS.map((f) => (
          <label key={f.value} className="choice">
            <input
              type="radio"
              name={`${id}-format`}
              value={f.value}
              checked={options.format === f.value}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange({ ...options, format: f.value })}
            />
            <span>{f.label}</span>
          </label>
        ))}
      </div>
      <p className="field-hint" id={`${id}-hint`}>
        {current?.hint}
      </p>
      {options.format === "csv" && (
        <div className="checkbox-field">
          <input id={`${id}-bom`} type="checkbox" checked={options.bom} onChange={(e) => onChange({ ...options, bom: e.target.checked })} />
          <label htmlFor={`${id}-bom`}>Excel-compatible (UTF-8 BOM)</label>
        </div>
      )}
    </fieldset>
  );
}
