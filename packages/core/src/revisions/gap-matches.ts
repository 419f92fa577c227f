import type { Gap } from "./gaps.ts";
import type { Candidate } from "./matching.ts";
import { containedShare, sharedShingles, type TextProfile, textSimilarity } from "./text-profile.ts";
import { EDITED_IN_PLACE, GAP_WINDOW, MAX_PARTS, PART_FROM_WHOLE, SPLIT_OR_MERGED } from "./thresholds.ts";

export interface SequenceTexts {
  old: readonly TextProfile[];
  new: readonly TextProfile[];
  /** How alike old block i and new block j are, 0–1 (for headings, their sections count too). */
  similarity: (i: number, j: number) => number;
  /** Paragraphs split and merge; headings do not. */
  splits: boolean;
  /** Several blocks' profiles read as one block. */
  join: (parts: readonly TextProfile[]) => TextProfile;
}

/**
 * Candidates inside one gap: edits in place, and splits and merges of consecutive blocks. Each old
 * block looks only at new blocks near its proportional place in the gap, so a gap as long as the
 * whole text (nothing matched exactly) still costs O(n · window).
 */
export function gapCandidates(texts: SequenceTexts, gap: Gap): Candidate[] {
  const candidates: Candidate[] = [];
  const ratio = gap.new.length / gap.old.length;
  gap.old.forEach((i, a) => {
    const centre = Math.floor(a * ratio);
    for (let b = Math.max(0, centre - GAP_WINDOW); b <= Math.min(gap.new.length - 1, centre + GAP_WINDOW); b++) {
      const j = gap.new[b]!;
      const score = texts.similarity(i, j);
      if (score >= EDITED_IN_PLACE) candidates.push({ old: [i], new: [j], how: "similar", score });
      if (!texts.splits) continue;
      // Most pairs share little: one count of shared word pairs rules out both a split and a merge from here.
      const [whole, part] = [texts.old[i]!, texts.new[j]!];
      const shared = sharedShingles(whole, part);
      const split = shared >= PART_FROM_WHOLE * part.size && partsCandidate(texts, whole, gap.new, b, texts.new);
      if (split) candidates.push({ old: [i], new: split.parts, how: "split", score: split.score });
      const merge = shared >= PART_FROM_WHOLE * whole.size && partsCandidate(texts, part, gap.old, a, texts.old);
      if (merge) candidates.push({ old: merge.parts, new: [j], how: "merge", score: merge.score });
    }
  });
  return candidates;
}

/**
 * The best run of 2+ consecutive blocks, from free[start], that together read like `whole`: every
 * part must come mostly from the whole, and the run read as one must match it closely.
 */
function partsCandidate(
  texts: SequenceTexts,
  whole: TextProfile,
  free: readonly number[],
  start: number,
  profiles: readonly TextProfile[],
): { parts: number[]; score: number } | null {
  let best: { parts: number[]; score: number } | null = null;
  const parts: number[] = [];
  for (let k = start; k < free.length && parts.length < MAX_PARTS; k++) {
    const index = free[k]!;
    const adjacent = parts.length === 0 || index === parts.at(-1)! + 1;
    if (!adjacent || containedShare(profiles[index]!, whole) < PART_FROM_WHOLE) break;
    parts.push(index);
    if (parts.length < 2) continue;
    const score = textSimilarity(whole, texts.join(parts.map((p) => profiles[p]!)));
    if (score >= SPLIT_OR_MERGED && score > (best?.score ?? 0)) best = { parts: [...parts], score };
  }
  return best;
}
