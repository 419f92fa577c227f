import { normaliseText } from "./normalise-text.ts";

/** A line of only asterisks, dashes, underscores or the like ("*****", "* * *", "---"). */
export function isSeparator(text: string): boolean {
  const flat = normaliseText(text);
  return /^[*\-_=~#•·\u2013\u2014 ]+$/u.test(flat) && flat.replace(/ /gu, "").length >= 3;
}
