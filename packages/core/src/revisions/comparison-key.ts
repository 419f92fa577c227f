import { foldMojibake } from "./fold-mojibake.ts";

/**
 * A paragraph's own numbering ("1.", "12)", "(3)", "4.2."): a Corr.1 renumbers, and a Rev.1 that
 * inserts a paragraph renumbers every one after it, so the number must not decide whether text matches.
 */
const LEADING_NUMBER = /^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+/u;
/**
 * "í" or "ì" between a letter and a final "s" is a Windows ’ read as Mac Roman ("Africaís"): read it as
 * the apostrophe it was. Spanish "país" folds to "pas" too, which is harmless when both sides fold alike.
 */
const POSSESSIVE_STAND_IN = /(?<=\p{L})[íì](?=s\b)/gu;
const APOSTROPHES = /['’‘`´]/gu;
const DIACRITICS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\x20-\x7e]*$/u;
const NOT_ASCII_WORD = /[^a-z0-9]+/gu;

/**
 * What two blocks must share to count as the same text: NFC, mojibake repaired, case, accents,
 * punctuation, white space and leading numbering ignored. For comparison only; never shown.
 */
export function comparisonKey(text: string): string {
  // Most paragraphs of English statements are plain ASCII: skip the Unicode passes, the slow part.
  if (ASCII.test(text))
    return text.trim().replace(LEADING_NUMBER, "").replace(APOSTROPHES, "").toLowerCase().replace(NOT_ASCII_WORD, " ").trim();
  return foldMojibake(text.normalize("NFC"))
    .replace(POSSESSIVE_STAND_IN, "'")
    .trim()
    .replace(LEADING_NUMBER, "")
    .replace(APOSTROPHES, "")
    .normalize("NFD")
    .replace(DIACRITICS, "")
    .toLowerCase()
    .replace(NOT_WORD, " ")
    .trim();
}

/** The words of a comparison key. */
export const keyWords = (key: string): string[] => (key === "" ? [] : key.split(" "));
