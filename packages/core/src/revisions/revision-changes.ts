import type { BlockKind } from "../model/block.ts";
import type { IdCounters } from "../paragraphs/assign-canonical-ids.ts";
import type { SequenceAlignment } from "./align-sequence.ts";
import type { BlockChange, PreviousBlock } from "./types.ts";

/** One kind's alignment with the positions (in the whole revision) of its blocks. */
export interface KindAlignment {
  kind: BlockKind;
  alignment: SequenceAlignment;
  /** Position in the old revision of the kind's i-th old block; likewise for the new. */
  oldAt: number[];
  newAt: number[];
}

export interface IdOutcome extends IdCounters {
  ids: string[];
  changes: BlockChange[];
  successors: Record<string, string[]>;
}

/**
 * Gives the new blocks their IDs from the links (a kept block, a split's first part and a merge's
 * result keep the old ID; every other new block takes the next never-used number, in reading order)
 * and says what became of every ID.
 */
export function idsAndChanges(
  previous: readonly PreviousBlock[],
  newTexts: readonly { kind: BlockKind; text: string }[],
  aligned: readonly KindAlignment[],
  counters: IdCounters,
): IdOutcome {
  const ids = new Array<string | undefined>(newTexts.length).fill(undefined);
  const fates = new Array<BlockChange | undefined>(newTexts.length).fill(undefined);
  const retired = new Array<BlockChange | undefined>(previous.length).fill(undefined);
  const successors: Record<string, string[]> = {};
  for (const { kind, alignment, oldAt, newAt } of aligned) {
    for (const link of alignment.links) {
      const olds = link.old.map((i) => oldAt[i]!);
      const news = link.new.map((j) => newAt[j]!);
      const survivor = previous[olds[0]!]!;
      ids[news[0]!] = survivor.id;
      if (link.how === "split") continue; // its other parts have no IDs yet
      let fate: BlockChange = { id: survivor.id, kind, fate: "moved" };
      if (link.how === "merge") fate = { id: survivor.id, kind, fate: "merged", from: olds.map((i) => previous[i]!.id) };
      else if (alignment.inOrder.has(link)) fate.fate = survivor.text === newTexts[news[0]!]!.text ? "unchanged" : "edited";
      fates[news[0]!] = fate;
      for (const i of olds) successors[previous[i]!.id] = [survivor.id];
      for (const i of olds.slice(1)) retired[i] = { id: previous[i]!.id, kind, fate: "merged", into: [survivor.id] };
    }
  }
  let { nextParagraph, nextHeading } = counters;
  newTexts.forEach((block, n) => {
    if (ids[n] !== undefined) return;
    ids[n] = block.kind === "heading" ? `h${nextHeading++}` : `p${nextParagraph++}`;
    fates[n] = { id: ids[n], kind: block.kind, fate: "inserted" };
  });
  for (const { kind, alignment, oldAt, newAt } of aligned) {
    for (const link of alignment.links.filter((l) => l.how === "split")) {
      const id = previous[oldAt[link.old[0]!]!]!.id;
      const into = link.new.map((j) => ids[newAt[j]!]!);
      fates[newAt[link.new[0]!]!] = { id, kind, fate: "split", into };
      for (const j of link.new.slice(1)) fates[newAt[j]!] = { id: ids[newAt[j]!]!, kind, fate: "split", from: [id] };
      successors[id] = into;
    }
  }
  previous.forEach((block, i) => {
    if (successors[block.id] !== undefined) return;
    successors[block.id] = [];
    retired[i] = { id: block.id, kind: block.kind, fate: "deleted" };
  });
  const changes = [...fates, ...retired].filter((c): c is BlockChange => c !== undefined);
  return { ids: ids.map((id) => id!), changes, successors, nextParagraph, nextHeading };
}
