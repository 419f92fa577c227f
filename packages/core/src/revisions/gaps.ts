import { heaviestIncreasing } from "./heaviest-increasing.ts";
import { type Link, type Matching, oneToOne } from "./matching.ts";

/** The unlinked old and new blocks between two links that kept their order: where an edit in place can be. */
export interface Gap {
  old: number[];
  new: number[];
}

/**
 * The one-to-one links that kept their order: the longest run whose old and new positions both
 * increase, and among runs as long, the one with the most equal texts (so where an exact and an
 * edited paragraph swapped, the edited one is the one that moved).
 */
export function linksInOrder(matching: Matching): Link[] {
  const links = oneToOne(matching);
  const edited = links.length + 1; // more than every "same" bonus together: length comes first
  const weights = links.map((link) => (link.how === "same" ? edited + 1 : edited));
  return heaviestIncreasing(
    links.map((link) => link.old[0]!),
    weights,
  ).map((k) => links[k]!);
}

/** The gaps before, between and after the in-order links, each with the free blocks inside it. */
export function gapsBetween(matching: Matching, anchors: readonly Link[]): Gap[] {
  const bounds = [{ old: -1, new: -1 }, ...anchors.map((a) => ({ old: a.old[0]!, new: a.new[0]! }))];
  bounds.push({ old: matching.byOld.length, new: matching.byNew.length });
  const gaps: Gap[] = [];
  for (let k = 1; k < bounds.length; k++) {
    const from = bounds[k - 1]!;
    const to = bounds[k]!;
    const gap: Gap = { old: freeBetween(matching.byOld, from.old, to.old), new: freeBetween(matching.byNew, from.new, to.new) };
    if (gap.old.length > 0 && gap.new.length > 0) gaps.push(gap);
  }
  return gaps;
}

function freeBetween(links: readonly (Link | undefined)[], from: number, to: number): number[] {
  const free: number[] = [];
  for (let i = from + 1; i < to; i++) if (links[i] === undefined) free.push(i);
  return free;
}
