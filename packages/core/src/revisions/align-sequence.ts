import { gapCandidates, type SequenceTexts } from "./gap-matches.ts";
import { gapsBetween, linksInOrder } from "./gaps.ts";
import { addLink, type Candidate, emptyMatching, type Link, type Matching, takeBestFirst } from "./matching.ts";
import { movedCandidates } from "./moved-matches.ts";
import { REWRITTEN_IN_SLOT } from "./thresholds.ts";

export interface SequenceAlignment {
  links: Link[];
  /** The one-to-one links that kept their order; every other one-to-one link moved. */
  inOrder: Set<Link>;
}

/**
 * Aligns one kind of block (paragraphs, or headings) of two revisions, in four passes, each
 * narrowing what the next must search: equal comparison keys; edits, splits and merges between
 * blocks that kept their order; edited blocks that moved; and lone blocks left in the same slot.
 */
export function alignSequence(texts: SequenceTexts): SequenceAlignment {
  const matching = emptyMatching(texts.old.length, texts.new.length);
  linkEqualKeys(texts, matching);
  const gapped = gapsBetween(matching, linksInOrder(matching)).flatMap((gap) => gapCandidates(texts, gap));
  takeBestFirst(matching, gapped);
  takeBestFirst(matching, movedCandidates(texts, matching));
  takeBestFirst(matching, loneInSlot(texts, matching));
  return { links: matching.links, inOrder: new Set(linksInOrder(matching)) };
}

/** Equal keys, the k-th old occurrence with the k-th new one, so repeated lines ("Thank you.") pair in order. */
function linkEqualKeys(texts: SequenceTexts, matching: Matching): void {
  const byKey = new Map<string, number[]>();
  texts.old.forEach((profile, i) => {
    const list = byKey.get(profile.key);
    if (list) list.push(i);
    else byKey.set(profile.key, [i]);
  });
  texts.new.forEach((profile, j) => {
    const i = byKey.get(profile.key)?.shift();
    if (i !== undefined) addLink(matching, { old: [i], new: [j], how: "same" });
  });
}

/** A gap holding one free old and one free new block: the same slot, rewritten. */
function loneInSlot(texts: SequenceTexts, matching: Matching): Candidate[] {
  return gapsBetween(matching, linksInOrder(matching)).flatMap((gap) => {
    if (gap.old.length !== 1 || gap.new.length !== 1) return [];
    const [i, j] = [gap.old[0]!, gap.new[0]!];
    const score = texts.similarity(i, j);
    return score >= REWRITTEN_IN_SLOT ? [{ old: [i], new: [j], how: "similar" as const, score }] : [];
  });
}
