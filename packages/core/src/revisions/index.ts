export { alignRevision } from "./align-revision.ts";
export { comparisonKey } from "./comparison-key.ts";
export { compareFingerprints, compareTexts, MOSTLY_SAME_SHARE, type TextComparison } from "./compare-texts.ts";
export { foldMojibake } from "./fold-mojibake.ts";
export { fnv1a32, textFingerprint } from "./text-fingerprint.ts";
export type { BlockChange, BlockFate, PreviousBlock, RevisionAlignment } from "./types.ts";
export { diffWords, type WordChange } from "./word-diff.ts";
