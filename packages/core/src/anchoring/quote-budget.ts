/**
 * How strict fuzzy matching is with a quote of a given length (the quote as searched). UN texts repeat
 * phrases ("the Convention", "transnational organized crime"), so a short quote may differ by at most
 * one edit (a repaired character, a spelling), and a longer one by a tenth, then 15%, of its length:
 * enough for typos, spellings, mojibake and renumbering, too little to take a parallel sentence
 * ("to ratify the Convention" for "to implement the Convention").
 */
export function errorBudget(length: number): number {
  if (length < 10) return 0;
  if (length < 20) return 1;
  if (length < 40) return Math.floor(length * 0.1);
  return Math.floor(length * 0.15);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The quote's words, lower-cased: what the word-level checks compare. */
export const wordsOf = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map(String);

/** A quote this short or of so few words is told apart from its repetitions only by its context. */
export const isShortQuote = (needle: string): boolean => needle.length < 24 || wordsOf(needle).length < 4;

/** Long enough that a single verbatim occurrence anywhere is taken for the same words, whatever surrounds it. */
export const isLongQuote = (needle: string): boolean => needle.length >= 40 && wordsOf(needle).length >= 6;
