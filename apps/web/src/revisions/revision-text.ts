import { formatShortDate } from "@verbatim/core";
import { listCounts, tagCount } from "../lib/revision-wording.ts";

export interface AnchorStates {
  anchored: number;
  fuzzy: number;
  orphaned: number;
}

/** Where the statement's tags are now, from their anchor states: "3 tags: 2 on their words, 1 orphaned". */
export function anchorStatesSentence(states: AnchorStates): string {
  const total = states.anchored + states.fuzzy + states.orphaned;
  if (total === 0) return "No tags yet.";
  const parts: [number, string][] = [
    [states.anchored, "on their words"],
    [states.fuzzy, "placed approximately (to confirm)"],
    [states.orphaned, "orphaned"],
  ];
  return `${tagCount(total)}: ${listCounts(parts)}.`;
}

/** Counts the annotations by their anchor's state. */
export function countAnchorStates(annotations: readonly { anchor: { state: keyof AnchorStates } }[]): AnchorStates {
  const states: AnchorStates = { anchored: 0, fuzzy: 0, orphaned: 0 };
  for (const annotation of annotations) states[annotation.anchor.state] += 1;
  return states;
}

/** "Revision 2 of 3", "Revision 3 of 3 (current)": an entry of the switcher. */
export function revisionLabel(n: number, current: number): string {
  return `Revision ${n} of ${current}${n === current ? " (current)" : ""}`;
}

export interface RevisionFacts {
  number: number;
  note: string | null;
  createdAt: string;
  author: { name: string };
}

/** "Revised: revision 2 (Corr.1), by Ann on 5 Dec 2026": the banner's lead. */
export function revisedLead(revision: RevisionFacts): string {
  const note = revision.note ? ` (${revision.note})` : "";
  return `Revised: revision ${revision.number}${note}, by ${revision.author.name} on ${formatShortDate(revision.createdAt)}`;
}

/**
 * What the reader says of a deep link to an ID the shown revision lacks, once it knows the last revision that has
 * it and, when it was retired in a merge, the ID it was merged into.
 */
export function missingBlockSentence(id: string, shown: number, lastWith: number | null, mergedInto: string | null = null): string {
  const label = `¶ ${id}`;
  if (lastWith === null) return `${label} is not in any revision of this statement.`;
  if (lastWith > shown) return `${label} is not in revision ${shown}; it was added later.`;
  const how = mergedInto ? `merged into ${mergedInto}` : "deleted";
  return `${label} was ${how} in revision ${lastWith + 1}.`;
}
