import type { AnchoringCounts, BlockChange, ChangeCounts } from "@verbatim/contract";

type Fate = BlockChange["fate"];
const FATES: readonly Fate[] = ["unchanged", "edited", "moved", "inserted", "deleted", "split", "merged"];

/**
 * How a revision's fates and anchoring are said, wherever one is summed up (the reader's "Add revision" dialog and
 * banner, the import dialog's "Add as a new revision"): one wording.
 */

/** How many IDs (paragraphs and headings) met each fate: what the API's `changeCounts` holds, from a preview's changes. */
export function countChanges(changes: readonly Pick<BlockChange, "fate">[]): ChangeCounts {
  const counts = Object.fromEntries(FATES.map((fate) => [fate, 0])) as ChangeCounts;
  for (const change of changes) counts[change.fate] += 1;
  return counts;
}

/**
 * "2 edited, 1 inserted, 1 deleted": the fates in their order, zeros left out; with `unchanged` the count of
 * untouched IDs leads (a preview shows it, the banner does not).
 */
export function changesSentence(counts: ChangeCounts, { unchanged = false } = {}): string {
  const parts = FATES.filter((fate) => (unchanged || fate !== "unchanged") && counts[fate] > 0).map((fate) => `${counts[fate]} ${fate}`);
  return parts.length ? parts.join(", ") : "no paragraph changed";
}

/** "3 tags", "1 tag". */
export const tagCount = (n: number): string => `${n} ${n === 1 ? "tag" : "tags"}`;

/** "2 on their words, 1 orphaned": the counts that are not zero, with what they count. */
export function listCounts(parts: readonly [number, string][]): string {
  return parts
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`)
    .join(", ");
}

/**
 * Where a revision puts the statement's tags, from its anchoring counts: "3 tags: 1 on their words, 1 moved within
 * their paragraph, 1 orphaned".
 */
export function anchoringSentence(anchoring: AnchoringCounts): string {
  if (anchoring.total === 0) return "No tags to move.";
  return `${tagCount(anchoring.total)}: ${listCounts([
    [anchoring.exact, "on their words"],
    [anchoring.shifted, "moved within their paragraph"],
    [anchoring.fuzzy, "placed approximately (to confirm)"],
    [anchoring.orphaned, "orphaned"],
  ])}.`;
}
