import type { FieldErrors } from "../../lib/field-errors.ts";
import { type DelegationLists, useDelegationLists } from "../../registry/use-delegation-lists.tsx";
import { MetadataInput } from "./metadata-input.tsx";
import type { MetadataField, MetadataValues } from "./metadata-fields.ts";
import type { MetadataHints } from "./metadata-prefill.ts";

interface MetadataFormProps {
  values: MetadataValues;
  hints: MetadataHints;
  place: string | null;
  errors: FieldErrors<MetadataField>;
  onChange: (field: MetadataField, value: string) => void;
  disabled: boolean;
  /** The title takes the focus, unless something above it asks for a decision first. */
  focusTitle?: boolean;
  /** What the text says beside a field that has no field of its own (the speaker's role, a delivery note). */
  notes?: Partial<Record<MetadataField, string>>;
}

export interface FieldSpec {
  field: MetadataField;
  label: string;
  type?: "date" | "url";
  placeholder?: string;
  wide?: boolean;
  multiline?: boolean;
}

/** In reading order of a statement's heading: what it is, who spoke, where, when. Long values get the full width. */
export const FIELDS: readonly FieldSpec[] = [
  { field: "title", label: "Title", wide: true, multiline: true },
  { field: "speaker", label: "Speaker", placeholder: "e.g. Ambassador Zhang Jun" },
  { field: "delegation", label: "Delegation", placeholder: "e.g. China" },
  { field: "onBehalfOf", label: "On behalf of", placeholder: "e.g. the Group of 77 and China" },
  { field: "meetingSymbol", label: "Meeting symbol", placeholder: "e.g. S/PV.9500" },
  { field: "forum", label: "Forum", placeholder: "e.g. UN Security Council open debate", wide: true, multiline: true },
  { field: "date", label: "Date", type: "date" },
  { field: "language", label: "Language", placeholder: "e.g. en" },
  { field: "sourceUrl", label: "Source URL", type: "url", placeholder: "https://", wide: true },
];

/** The registry's suggestions for a field, if it is one that names who speaks. */
export const suggestionsListOf = (lists: DelegationLists, field: MetadataField): string | undefined =>
  field === "delegation" || field === "onBehalfOf" ? lists.listIds[field] : undefined;

/** Step 2's metadata: pre-filled from the text where it said, each such field tagged, and all editable. */
export function MetadataForm({ values, hints, place, errors, onChange, disabled, focusTitle = true, notes = {} }: MetadataFormProps) {
  const suggestions = useDelegationLists();
  return (
    <fieldset className="metadata-form">
      {suggestions.lists}
      <legend>Details</legend>
      <p className="import-note metadata-note">Only the title is required. Check what was found in the text.</p>
      {FIELDS.map(({ field, label, type, placeholder, wide, multiline }) => (
        <div key={field} className={wide ? "metadata-field-wide" : undefined}>
          <MetadataInput
            label={label}
            type={type ?? "text"}
            multiline={multiline ?? false}
            value={values[field]}
            onChange={(value) => onChange(field, value)}
            placeholder={placeholder}
            fromText={hints[field] !== undefined && values[field] === hints[field]}
            note={field === "forum" && place ? `The text gives the place: ${place}.` : notes[field]}
            error={errors[field]}
            required={field === "title"}
            autoFocus={focusTitle && field === "title"}
            readOnly={disabled}
            list={suggestionsListOf(suggestions, field)}
          />
        </div>
      ))}
    </fieldset>
  );
}
