import type { ImportedBlock } from "../import/types.ts";
import type { BlockKind, CanonicalBlock } from "../model/block.ts";
import type { IdCounters } from "../paragraphs/assign-canonical-ids.ts";

/** A block of the revision being replaced, with its canonical ID (p7, h2). */
export interface PreviousBlock {
  id: string;
  kind: BlockKind;
  text: string;
  level?: number;
}

/**
 * What became of an ID. `unchanged`, `edited` (text changed, order kept) and `moved` (order changed,
 * text the same or edited) keep the ID; `inserted` is a new ID; `deleted` retires one; `split` and
 * `merged` carry `into` or `from` (see BlockChange).
 */
export type BlockFate = "unchanged" | "edited" | "moved" | "inserted" | "deleted" | "split" | "merged";

/**
 * One ID's fate. In a split, the old ID (kept by the first part) has `into`: every part's ID, its own
 * first; each other part has `from`: the old ID. In a merge, the surviving ID has `from`: every merged
 * ID, its own first; each retired one has `into`: the surviving ID.
 */
export interface BlockChange {
  id: string;
  kind: BlockKind;
  fate: BlockFate;
  from?: string[];
  into?: string[];
}

export interface RevisionAlignment extends IdCounters {
  /** The new revision's blocks with their IDs, display numbers and sections, as assignCanonicalIds gives them. */
  blocks: CanonicalBlock[];
  /** Every ID of either revision once: those of the new revision in reading order, then the retired ones in old order. */
  changes: BlockChange[];
  /**
   * For each old ID, the new IDs its text went to: itself; the parts of its split; the paragraph it
   * was merged into; none once deleted. Re-anchoring searches these before the whole statement.
   */
  successors: Record<string, string[]>;
}

export type { IdCounters, ImportedBlock };
