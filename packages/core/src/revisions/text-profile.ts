import { comparisonKey, keyWords } from "./comparison-key.ts";

/** A block's text as the aligner compares it: its comparison key, its words and the word pairs in it. */
export interface TextProfile {
  key: string;
  /** Words as numbers from the profiler's vocabulary, so shingles are cheap number pairs. */
  words: readonly number[];
  /** Counts of adjacent word pairs ("of the"), or of single words for texts under four words; built when first asked for. */
  readonly shingles: ReadonlyMap<number, number>;
  size: number;
}

/** Below this many words a text is compared by words, not word pairs: headings and "Thank you." */
const PAIRS_FROM_WORDS = 4;
/** Word pairs as one number: exact while a text has fewer than 2^21 distinct words. */
const PAIR_BASE = 2 ** 21;

function shinglesOf(words: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  if (words.length < PAIRS_FROM_WORDS) for (const w of words) counts.set(-w, (counts.get(-w) ?? 0) + 1);
  else
    for (let i = 1; i < words.length; i++) {
      const pair = words[i - 1]! * PAIR_BASE + words[i]!;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  return counts;
}

function profileOfWords(key: string, words: readonly number[]): TextProfile {
  let shingles: Map<number, number> | undefined;
  return {
    key,
    words,
    get shingles() {
      return (shingles ??= shinglesOf(words));
    },
    size: words.length < PAIRS_FROM_WORDS ? words.length : words.length - 1,
  };
}

/** Profiles texts with one vocabulary, which lives as long as one alignment. */
export function profiler(): { profile: (text: string) => TextProfile; joined: (parts: readonly TextProfile[]) => TextProfile } {
  const vocabulary = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size + 1));
    return id;
  };
  return {
    profile: (text) => {
      const key = comparisonKey(text);
      return profileOfWords(key, keyWords(key).map(idOf));
    },
    // Several blocks read as one (the parts of a split, the paragraphs of a merge); its key is never compared.
    joined: (parts) =>
      profileOfWords(
        "",
        parts.flatMap((p) => p.words),
      ),
  };
}

/** How many shingles two profiles share, counted as a multiset. */
export function sharedShingles(a: TextProfile, b: TextProfile): number {
  const [small, large] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
  let shared = 0;
  for (const [s, n] of small) shared += Math.min(n, large.get(s) ?? 0);
  return shared;
}

/** Dice coefficient over shingles: 1 for the same words in the same order, near 0 for unrelated text. */
export function textSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.size === 0 || b.size === 0) return a.key === b.key ? 1 : 0;
  // Short texts count words and long ones word pairs; mixed, compare both by words.
  if (a.words.length < PAIRS_FROM_WORDS !== b.words.length < PAIRS_FROM_WORDS) return wordSimilarity(a, b);
  return (2 * sharedShingles(a, b)) / (a.size + b.size);
}

function wordSimilarity(a: TextProfile, b: TextProfile): number {
  const counts = new Map<number, number>();
  for (const w of a.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b.words) {
    const n = counts.get(w) ?? 0;
    if (n === 0) continue;
    shared++;
    counts.set(w, n - 1);
  }
  return (2 * shared) / (a.words.length + b.words.length);
}

/** Share of `part`'s shingles found in `whole`: how much of a split part came from the old paragraph. */
export const containedShare = (part: TextProfile, whole: TextProfile): number =>
  part.size === 0 ? 0 : sharedShingles(part, whole) / part.size;
