import { editDistance } from "./edit-distance.ts";
import { QUOTE_CONTEXT_LENGTH } from "./quote-context.ts";

/** How many characters next to the quote must be unchanged for its context to count as untouched. */
const NEAR = 8;

/**
 * How well the text beside a candidate agrees with the context stored with the quote, 0..1: the stored
 * context against as many characters of the candidate's, counted from the quote outwards (one less the
 * edits over the length). A stored context is cut short only by its paragraph's edge, and a short one
 * proves little ("3. " against "n. "), so its agreement is drawn towards 0.5, "says nothing either way",
 * as far as it falls short of the full length; an empty one agrees fully only with an empty one.
 */
export function contextAgreement(stored: string, actual: string, side: "prefix" | "suffix"): number {
  if (stored.length === 0) return actual.length === 0 ? 1 : 0.5;
  const window = side === "prefix" ? actual.slice(-stored.length) : actual.slice(0, stored.length);
  const agreement = 1 - editDistance(stored, window) / stored.length;
  const weight = Math.min(1, stored.length / QUOTE_CONTEXT_LENGTH);
  return weight * agreement + (1 - weight) * 0.5;
}

/** True when the characters right before a candidate are those stored before the quote (cheap: no alignment). */
export function prefixTouches(stored: string, actual: string, near = NEAR): boolean {
  if (stored.length === 0) return actual.length === 0;
  return actual.endsWith(stored.slice(-Math.min(near, stored.length)));
}

/** True when the characters right after a candidate are those stored after the quote. */
export function suffixTouches(stored: string, actual: string, near = NEAR): boolean {
  if (stored.length === 0) return actual.length === 0;
  return actual.startsWith(stored.slice(0, near));
}
