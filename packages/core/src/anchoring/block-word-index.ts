import { wordsOf } from "./quote-budget.ts";
import type { TextBlock } from "./text-block.ts";

/**
 * Which blocks hold which words, built once per revision, so a statement-wide fuzzy search runs
 * approx-string-match only in the few blocks that hold most of a quote's words (weighted by rarity)
 * rather than over the whole statement for every quote whose paragraph went.
 */
export interface BlockWordIndex {
  /**
   * The starts of runs of `span` blocks holding at least `share` of the quote's word weight, best
   * first, at most `limit`; a word the statement no longer has counts against every run.
   */
  runsWith(words: readonly string[], span: number, share: number, limit: number): number[];
}

export function blockWordIndex(blocks: readonly TextBlock[]): BlockWordIndex {
  const postings = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    for (const word of new Set(wordsOf(block.text))) {
      const list = postings.get(word);
      if (list) list.push(index);
      else postings.set(word, [index]);
    }
  });
  // A word found in every block tells nothing; one in few tells much (idf, never below a small floor).
  const weightOf = (word: string) => Math.max(0.05, Math.log((blocks.length + 1) / ((postings.get(word)?.length ?? 0) + 0.5)));

  // One score per run start, reused by every query.
  const scores = new Float64Array(blocks.length);
  return {
    runsWith(words, span, share, limit) {
      const distinct = [...new Set(words)];
      const total = distinct.reduce((sum, word) => sum + weightOf(word), 0);
      if (total === 0) return [];
      scores.fill(0);
      const touched: number[] = [];
      for (const word of distinct) {
        const weight = weightOf(word);
        let lastRun = -1;
        for (const block of postings.get(word) ?? []) {
          for (let run = Math.max(lastRun + 1, block - span + 1); run <= block; run++) {
            if (scores[run] === 0) touched.push(run);
            scores[run] = scores[run]! + weight;
          }
          lastRun = block;
        }
      }
      return touched
        .filter((run) => scores[run]! >= share * total)
        .sort((a, b) => scores[b]! - scores[a]! || a - b)
        .slice(0, limit);
    },
  };
}
