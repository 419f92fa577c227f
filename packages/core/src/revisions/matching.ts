/**
 * How old blocks (by position in the old sequence) went to new ones: `same` for equal comparison
 * keys, `similar` for a close enough text, `split` for one old block in several consecutive new
 * ones, `merge` for several consecutive old blocks in one new one.
 */
export interface Link {
  old: number[];
  new: number[];
  how: "same" | "similar" | "split" | "merge";
}

/** A possible link and how good it is (0–1), for the greedy choice that takes the best first. */
export interface Candidate extends Link {
  score: number;
}

/** The links made so far, with each block's link for quick "is it free?" questions. */
export interface Matching {
  links: Link[];
  byOld: (Link | undefined)[];
  byNew: (Link | undefined)[];
}

export const emptyMatching = (oldCount: number, newCount: number): Matching => ({
  links: [],
  byOld: new Array<Link | undefined>(oldCount).fill(undefined),
  byNew: new Array<Link | undefined>(newCount).fill(undefined),
});

export function addLink(matching: Matching, link: Link): void {
  matching.links.push(link);
  for (const i of link.old) matching.byOld[i] = link;
  for (const j of link.new) matching.byNew[j] = link;
}

const isFree = (matching: Matching, c: Link): boolean =>
  c.old.every((i) => matching.byOld[i] === undefined) && c.new.every((j) => matching.byNew[j] === undefined);

/**
 * Takes candidates best first, skipping any that touch a block already linked. Ties go to the
 * candidate with fewer blocks, then to the earlier one, so the result never depends on input order.
 */
export function takeBestFirst(matching: Matching, candidates: Candidate[]): void {
  candidates.sort(
    (a, b) =>
      b.score - a.score || a.old.length + a.new.length - (b.old.length + b.new.length) || a.old[0]! - b.old[0]! || a.new[0]! - b.new[0]!,
  );
  for (const { score: _score, ...link } of candidates) if (isFree(matching, link)) addLink(matching, link);
}

/** The one-to-one links, in new order. */
export const oneToOne = (matching: Matching): Link[] =>
  matching.byNew.filter((link): link is Link => link !== undefined && link.old.length === 1 && link.new.length === 1);
