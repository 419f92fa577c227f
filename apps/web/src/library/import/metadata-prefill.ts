import { StatementMetadataInput } from "@verbatim/contract";
import { isMetadataField, METADATA_FIELDS, type MetadataValues } from "./metadata-fields.ts";

export type MetadataHints = Partial<MetadataValues>;

/**
 * The preview's metadata hints (front matter, or the lines before the speech) as form values. A hint the
 * contract would reject (a partial date, a URL without http) is left out rather than pre-filled wrong;
 * keys the form has no field for, such as `place`, are not fields (see `placeHint`).
 */
export function hintsToValues(hints: Readonly<Record<string, string>>): MetadataHints {
  const values: MetadataHints = {};
  for (const [key, raw] of Object.entries(hints)) {
    const value = raw.trim();
    if (!isMetadataField(key) || !value) continue;
    if (StatementMetadataInput[key].safeParse(value).success) values[key] = value;
  }
  return values;
}

/** Where the statement was given ("Vienna"): statements have no field for it, so the form shows it as a hint. */
export function placeHint(hints: Readonly<Record<string, string>>): string | null {
  return hints["place"]?.trim() || null;
}

/**
 * Fills the form from a new preview without overwriting the analyst's own words: a field takes the new
 * hint when it is empty or still holds the previous preview's hint, untouched. A field that held only the
 * old hint is cleared when the new text no longer suggests anything for it.
 */
export function applyPrefill(current: MetadataValues, previous: MetadataHints, next: MetadataHints): MetadataValues {
  const result = { ...current };
  for (const field of METADATA_FIELDS) {
    const untouched = current[field] === "" || current[field] === previous[field];
    if (untouched) result[field] = next[field] ?? "";
  }
  return result;
}

const DELIVERY: Record<string, string> = {
  "check-against-delivery": "The text says “Check against delivery”: it is the text as prepared, not as spoken.",
  "as-delivered": "The text says it is as delivered.",
};

/**
 * What the text says that statements have no field for, shown beside the nearest field: the speaker's role ("Alternate
 * Representative …") and whether it is the text as delivered.
 */
export function hintNotes(hints: Readonly<Record<string, string>>): Partial<Record<"speaker" | "title", string>> {
  const notes: Partial<Record<"speaker" | "title", string>> = {};
  const role = hints["role"]?.trim();
  if (role) notes.speaker = `The text gives the role: ${role}.`;
  const delivery = hints["delivery"]?.trim();
  if (delivery) notes.title = DELIVERY[delivery] ?? `The text notes: ${delivery}.`;
  return notes;
}
