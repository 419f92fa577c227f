// Similarity is the Dice coefficient over word pairs (text-profile.ts): 1 for the same text, about
// 0.05–0.15 between two unrelated paragraphs of UN prose, 0.6–0.9 when a few words or a sentence changed.

/** A block edited in place, between blocks that kept their order: one changed sentence in three still passes. */
export const EDITED_IN_PLACE = 0.45;
/** A block that moved and changed: stricter, since nothing around it vouches for the match. */
export const EDITED_AND_MOVED = 0.6;
/** The only free old and new block between two kept ones: the same slot, so a heavier rewrite still counts. */
export const REWRITTEN_IN_SLOT = 0.3;
/** A split or merge: the old text against the new parts read as one. */
export const SPLIT_OR_MERGED = 0.7;
/** Each part of a split (or merge) must come mostly from the whole, so an inserted paragraph never joins one. */
export const PART_FROM_WHOLE = 0.6;
/** How far (in free blocks) from its proportional place in a gap an old block looks for its new text. */
export const GAP_WINDOW = 12;
/** At most this many parts in one split or merge. */
export const MAX_PARTS = 6;
/** Free old × new blocks up to which moved blocks are sought among all pairs; above it, by rare word pairs. */
export const ALL_PAIRS_LIMIT = 20_000;
