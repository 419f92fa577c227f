import type { BriefLayout, CitationStyle } from "@verbatim/core";
import { useId } from "react";
import { UNCITED_FORMATS } from "./export-formats.ts";
import type { ExportOptions } from "./export-selection.ts";

// What each style holds, in words; the preview shows real ones, written by core's citationOf on the server.
export const CITATION_CHOICES: readonly { value: CitationStyle; label: string; hint: string }[] = [
  { value: "full", label: "Full", hint: "Speaker, forum, meeting symbol, date, ¶ and the paragraph’s reference in Verbatim." },
  { value: "short", label: "Short", hint: "Speaker, forum, short date and ¶." },
  { value: "un", label: "UN (meeting symbol)", hint: "Speaker, meeting symbol, date and “para.”, as UN documents cite meeting records." },
];

export const LAYOUT_CHOICES: readonly { value: BriefLayout; label: string; hint: string }[] = [
  { value: "standard", label: "Standard", hint: "A title page with the filters, and each statement on a new page." },
  { value: "compact", label: "Compact", hint: "The filters on one line under the title, and statements running on, to save paper." },
];

interface BriefChoicesProps {
  options: ExportOptions;
  onChange: (options: ExportOptions) => void;
  disabled?: boolean;
}

/** How the export cites each excerpt (every format but W3C and REFI-QDA, which have no citations), and for Word the layout. */
export function BriefChoices({ options, onChange, disabled }: BriefChoicesProps) {
  const id = useId();
  if (UNCITED_FORMATS.has(options.format)) return null;
  const citation = CITATION_CHOICES.find((c) => c.value === options.citation);
  const layout = LAYOUT_CHOICES.find((l) => l.value === options.layout);
  return (
    <>
      <fieldset className="export-group" disabled={disabled}>
        <legend>Citation style</legend>
        <div className="choices">
          {CITATION_CHOICES.map((c) => (
            <label key={c.value} className="choice">
              <input
                type="radio"
                name={`${id}-citation`}
                value={c.value}
                checked={options.citation === c.value}
                aria-describedby={`${id}-citation-hint`}
                onChange={() => onChange({ ...options, citation: c.value })}
              />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
        <p className="field-hint" id={`${id}-citation-hint`}>
          {citation?.hint}
        </p>
      </fieldset>
      {options.format === "docx" && (
        <fieldset className="export-group" disabled={disabled}>
          <legend>Layout</legend>
          <div className="choices">
            {LAYOUT_CHOICES.map((l) => (
              <label key={l.value} className="choice">
                <input
                  type="radio"
                  name={`${id}-layout`}
                  value={l.value}
                  checked={options.layout === l.value}
                  aria-describedby={`${id}-layout-hint`}
                  onChange={() => onChange({ ...options, layout: l.value })}
                />
                <span>{l.label}</span>
              </label>
            ))}
          </div>
          <p className="field-hint" id={`${id}-layout-hint`}>
            {layout?.hint}
          </p>
        </fieldset>
      )}
    </>
  );
}
