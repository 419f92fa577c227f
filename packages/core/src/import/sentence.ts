import { normaliseText } from "./normalise-text.ts";

const CLOSING_QUOTES = "\"'\u201d\u2019\u00bb)\\]";

/** True when the text ends a sentence: . ! ? : … optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return new RegExp(`[.!?:\u2026][${CLOSING_QUOTES}]*$`, "u").test(normaliseText(text));
}

/** True when the text starts like a new sentence: a capital, a digit or an opening quote before one. */
export function startsSentence(text: string): boolean {
  return /^["'\u201c\u2018\u00ab(]?[\p{Lu}\p{Lt}\d]/u.test(normaliseText(text));
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(normaliseText(text));
}

export function wordCount(text: string): number {
  const flat = normaliseText(text);
  return flat === "" ? 0 : flat.split(" ").length;
}
