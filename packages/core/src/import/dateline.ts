import { dateOnly } from "./date-hint.ts";
import { normaliseText } from "./normalise-text.ts";

/** A place: capitalised words without a comma ("New York", "NEW YORK", "Nueva York"), five at most. */
const PLACE = /^[\p{Lu}][\p{L}'’. -]*$/u;
const isPlace = (text: string): boolean => PLACE.test(text) && text.split(" ").length <= 5;

/** A place and date in brackets is read as one without them: "(New York, 1 November 2023)". */
const unbracketed = (flat: string): string => /^\((.*)\)$/u.exec(flat)?.[1]?.trim() ?? flat;

/**
 * "Vienna, 22-26 May 2023": a place before a comma, then only a date. A place
 * holds no comma, so only the first comma can end it: trying every comma read
 * the rest of the line once per comma.
 */
export function parsePlaceDate(line: string): { place: string; date: string } | null {
  const flat = unbracketed(normaliseText(line));
  const at = flat.indexOf(",");
  if (at <= 0) return null;
  const place = flat.slice(0, at).trim();
  if (!isPlace(place)) return null;
  const date = dateOnly(flat.slice(at + 1));
  return date === null ? null : { place, date };
}

/** "7 December 2023, New York": the date first, then the place after the last comma. */
export function parseDatePlace(line: string): { place: string; date: string } | null {
  const flat = unbracketed(normaliseText(line));
  const at = flat.lastIndexOf(",");
  if (at <= 0) return null;
  const place = flat.slice(at + 1).trim();
  const date = dateOnly(flat.slice(0, at));
  return date !== null && isPlace(place) ? { place, date } : null;
}

export interface Dateline {
  /** The dateline as it stands, with its dash: "7 December 2023, New York –". */
  text: string;
  place?: string;
  date: string;
  /** The paragraph without it. */
  rest: string;
}

/**
 * A press release's dateline run into the first paragraph: "7 December 2023, New York – Thank you …",
 * "NEW YORK, 7 December 2023 — …". Only the first 100 characters are searched for the dash.
 */
export function splitDateline(text: string): Dateline | null {
  const start = normaliseText(text.slice(0, 400));
  const dash = /\s[-\u2013\u2014]{1,2}\s/u.exec(start.slice(0, 100));
  if (!dash) return null;
  const flat = normaliseText(text);
  const head = flat.slice(0, dash.index);
  const rest = flat.slice(dash.index + dash[0].length).trim();
  if (rest === "") return null;
  const line = flat.slice(0, dash.index + dash[0].length).trim();
  const date = dateOnly(head);
  if (date !== null) return { text: line, date, rest };
  const placed = parsePlaceDate(head) ?? parseDatePlace(head);
  return placed ? { text: line, ...placed, rest } : null;
}
