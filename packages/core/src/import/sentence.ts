import { normaliseText } from "./normalise-text.ts";

const CLOSING_QUOTES = "\"'\u201d\u2019\u00bb)\\]";
const SENTENCE_END = new RegExp(`[.!?:\u2026][${CLOSING_QUOTES}]*$`, "u");

/** True when the text ends a sentence: . ! ? : … optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(normaliseText(text));
}

/** True when the text starts like a new sentence: a capital, a digit or an opening quote before one. */
export function startsSentence(text: string): boolean {
  return /^["'\u201c\u2018\u00ab(]?[\p{Lu}\p{Lt}\d]/u.test(normaliseText(text));
}

export function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(normaliseText(text));
}

/** Words of the folded text, counted by its spaces: splitting a long text into words only to count them churned memory. */
export function wordCount(text: string): number {
  const flat = normaliseText(text);
  if (flat === "") return 0;
  let words = 1;
  for (let at = flat.indexOf(" "); at !== -1; at = flat.indexOf(" ", at + 1)) words++;
  return words;
}
