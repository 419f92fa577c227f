import { attributeRecord } from "../model/annotation.ts";
import type { AnnotationKind } from "../model/taxonomy.ts";
import type { ExportItem } from "./export-item.ts";
import { capitalise, oneLine } from "./text.ts";

/** A labelled attribute in words, e.g. ["Stance", "concerned"]. */
export type AttributePair = readonly [label: string, value: string];

/** Each kind's attributes, in the order a reader wants them, with their labels. */
const KNOWN_ATTRIBUTES: Record<AnnotationKind, readonly (readonly [key: string, label: string])[]> = {
  position: [
    ["stance", "Stance"],
    ["topics", "Topics"],
    ["actor", "Actor"],
  ],
  commitment: [
    ["strength", "Strength"],
    ["actor", "Actor"],
    ["action", "Action"],
  ],
  "cross-reference": [
    ["relation", "Relation"],
    ["target", "Target"],
  ],
};

/** A scalar or a list of scalars as text; anything else (objects) as "". */
export function attributeText(value: unknown, separator: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) => attributeText(Array.isArray(v) ? null : v, separator))
      .filter((v) => v.length > 0)
      .join(separator);
  }
  return "";
}

/** "meetingVenue" or "meeting-venue" → "Meeting venue". */
function labelOf(key: string): string {
  return capitalise(
    key
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/[-_]+/g, " ")
      .toLowerCase(),
  );
}

/** Words for enum values such as "responds-to". */
function wordsOf(key: string, value: string): string {
  return key === "relation" || key === "stance" || key === "strength" ? value.replace(/-/g, " ") : value;
}

/**
 * The annotation's attributes as labelled pairs in words: the kind's own attributes first, in their usual
 * order, then any further ones it carries; empty values are left out.
 */
export function describeAttributes(item: ExportItem): AttributePair[] {
  const { kind } = item.annotation;
  const attributes = attributeRecord(item.annotation.attributes);
  const known = KNOWN_ATTRIBUTES[kind];
  const knownKeys = new Set(known.map(([key]) => key));
  const valueOf = (key: string): string => {
    const value = wordsOf(key, oneLine(attributeText(attributes[key], ", ")));
    // A paragraph target reads as its citation, with the canonical reference kept beside it.
    return key === "target" && item.targetCitation && value ? `${oneLine(item.targetCitation)} (${value})` : value;
  };
  const entries: [string, string][] = [
    ...known.map(([key, label]): [string, string] => [label, valueOf(key)]),
    ...Object.keys(attributes)
      .filter((key) => !knownKeys.has(key))
      .map((key): [string, string] => [labelOf(key), oneLine(attributeText(attributes[key], ", "))]),
  ];
  return entries.filter(([, value]) => value.length > 0);
}
