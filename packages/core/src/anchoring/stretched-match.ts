import { type Match, occurrences } from "./quote-search.ts";
import { wordsOf } from "./quote-budget.ts";

/** At most this many words at each end of a quote are looked for verbatim, fewer when an edit touched them. */
const END_WORDS = 3;
/** A quote of fewer words is left to the approximate search. */
const MIN_WORDS = 3;
/** The found span may be this much shorter or longer than the quote. */
const LENGTH_RANGE = [0.5, 2] as const;
/** Of the span's words this share must come from the quote (all the quote's words must be there, in order). */
const SPAN_SHARE = 0.6;
/** Word-level alignment of longer quotes would cost more than it is worth: they fall to the orphan queue. */
const MAX_WORDS = 200;

const WORD = /[\p{L}\p{N}]+/gu;

/** The length of the longest common subsequence of two word lists. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(word === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A long quote with words added in its middle ("ensure the meaningful participation" → "ensure the
 * full, equal and meaningful participation"): a few of its first and last words (three, two or one at
 * each end, as the insertion allows) found verbatim, in order, around a span of like length that still
 * has every word of the quote, in order. A word taken out or replaced is left to the approximate search,
 * whose budget tells an edit from a parallel sentence ("to ratify" for "to implement"). `errors` counts
 * the span's characters not accounted for by the quote's words, for scoring.
 */
export function stretchedMatches(text: string, needle: string, from: number, to: number): Match[] {
  const bounds = [...needle.matchAll(WORD)];
  if (bounds.length < MIN_WORDS || bounds.length > MAX_WORDS) return [];
  const oldWords = wordsOf(needle);
  const found = new Map<string, Match>();
  const ends = Math.min(END_WORDS, Math.floor(bounds.length / 2));
  const heads = Array.from({ length: ends }, (_, k) =>
    occurrences(text, needle.slice(0, bounds[k]!.index + bounds[k]![0].length), from, to),
  );
  const tails = Array.from({ length: ends }, (_, n) => occurrences(text, needle.slice(bounds[bounds.length - 1 - n]!.index), from, to));
  // The longest ends first: fewer words at an end only where an edit touched the longer one.
  for (let k = ends - 1; k >= 0; k--) {
    for (let n = ends - 1; n >= 0; n--) {
      for (const m of spansBetween(heads[k]!, tails[n]!, needle.length)) {
        const newWords = wordsOf(text.slice(m.start, m.end));
        const kept = commonWords(oldWords, newWords);
        if (kept < oldWords.length || kept < SPAN_SHARE * newWords.length) continue;
        const errors = Math.round(needle.length * (1 - kept / Math.max(oldWords.length, newWords.length)));
        found.set(`${m.start}:${m.end}`, { ...m, errors });
      }
    }
  }
  return [...found.values()];
}

/** Each occurrence of a head with the first occurrence of a tail after it, when the span between has a like length. */
function spansBetween(heads: readonly Match[], tails: readonly Match[], length: number): Match[] {
  return heads.flatMap((h) => {
    const t = tails.find((m) => m.start >= h.end && m.end - h.start >= LENGTH_RANGE[0] * length);
    return t && t.end - h.start <= LENGTH_RANGE[1] * length ? [{ start: h.start, end: t.end, errors: 0 }] : [];
  });
}
