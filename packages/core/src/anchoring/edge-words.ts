import type { TextQuote } from "../model/annotation.ts";
import { editDistance } from "./edit-distance.ts";
import { wordsOf } from "./quote-budget.ts";

const NUMBER = /^\p{N}+$/u;

/** Two words are the same word respelt when at most half their letters differ; two numbers always are (a renumbered paragraph). */
function sameWord(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (NUMBER.test(a) && NUMBER.test(b)) return true;
  return editDistance(a, b) <= Math.max(a.length, b.length) / 2;
}

/**
 * True when an approximate match begins and ends on the quote's first and last words, respelt at most
 * ("organisations" for "organizations", "China’s" for a mangled "ChinaÃ­s"). approx-string-match spends
 * its error budget anywhere, so without this "the meaningful participation" could be placed on "and
 * meaningful participation" once words were inserted after "the": those are other words.
 */
export function edgesAgree(needle: string, found: string): boolean {
  const quoted = wordsOf(needle);
  const placed = wordsOf(found);
  return sameWord(quoted[0], placed[0]) && sameWord(quoted.at(-1), placed.at(-1));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const joinsWord = (before: string | undefined, after: string | undefined): boolean =>
  before !== undefined && after !== undefined && WORD_CHAR.test(before) && WORD_CHAR.test(after);

/**
 * True unless a candidate cuts a word the stored quote did not cut: "to their countries of" must not
 * come back as "to their countries o" (of "origin") once "of" is gone, nor "the" as the start of "thereto".
 */
export function keepsWordEdges(stored: TextQuote, found: TextQuote): boolean {
  const cutAtStart = (q: TextQuote) => joinsWord(q.prefix.at(-1), q.exact[0]);
  const cutAtEnd = (q: TextQuote) => joinsWord(q.exact.at(-1), q.suffix[0]);
  return (cutAtStart(stored) || !cutAtStart(found)) && (cutAtEnd(stored) || !cutAtEnd(found));
}
