import type { Candidate, Matching } from "./matching.ts";
import type { SequenceTexts } from "./gap-matches.ts";
import { ALL_PAIRS_LIMIT, EDITED_AND_MOVED } from "./thresholds.ts";

/** Rarest word pairs of a new block used to look up old blocks, and old blocks scored per new block. */
const LOOKUP_SHINGLES = 8;
const SCORED_PER_BLOCK = 8;
/** A word pair in more old blocks than this ("of the") says nothing about where a block came from. */
const COMMON_SHINGLE = 40;

/**
 * Candidates for blocks that moved (and perhaps changed) anywhere in the text. Small inputs compare
 * all free pairs; large ones look each new block up by its rarest word pairs in an index of the
 * free old blocks, so the cost stays near linear in the length of the text.
 */
export function movedCandidates(texts: SequenceTexts, matching: Matching): Candidate[] {
  const freeOld = matching.byOld.flatMap((link, i) => (link ? [] : [i]));
  const freeNew = matching.byNew.flatMap((link, j) => (link ? [] : [j]));
  const pairs = freeOld.length * freeNew.length <= ALL_PAIRS_LIMIT ? allPairs(freeOld, freeNew) : indexedPairs(texts, freeOld, freeNew);
  const candidates: Candidate[] = [];
  for (const [i, j] of pairs) {
    const score = texts.similarity(i, j);
    if (score >= EDITED_AND_MOVED) candidates.push({ old: [i], new: [j], how: "similar", score });
  }
  return candidates;
}

const allPairs = (olds: readonly number[], news: readonly number[]): [number, number][] =>
  olds.flatMap((i) => news.map((j): [number, number] => [i, j]));

function indexedPairs(texts: SequenceTexts, freeOld: readonly number[], freeNew: readonly number[]): [number, number][] {
  const postings = new Map<number, number[]>();
  for (const i of freeOld) {
    for (const shingle of texts.old[i]!.shingles.keys()) {
      const list = postings.get(shingle);
      if (list) list.push(i);
      else postings.set(shingle, [i]);
    }
  }
  const pairs: [number, number][] = [];
  for (const j of freeNew) {
    const rare = [...texts.new[j]!.shingles.keys()]
      .map((s) => postings.get(s))
      .filter((list): list is number[] => list !== undefined && list.length <= COMMON_SHINGLE)
      .sort((a, b) => a.length - b.length)
      .slice(0, LOOKUP_SHINGLES);
    const hits = new Map<number, number>();
    for (const list of rare) for (const i of list) hits.set(i, (hits.get(i) ?? 0) + 1);
    const best = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, SCORED_PER_BLOCK);
    for (const [i] of best) pairs.push([i, j]);
  }
  return pairs;
}
