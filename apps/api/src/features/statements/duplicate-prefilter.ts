/** Past this many groups (an import of more than about 250 paragraphs) the prefilter is overlap alone. */
const MAX_GROUPS = 50;

/**
 * What a statement's fingerprint must contain to hold `minSame` of the import's paragraphs, as groups of the import's
 * hashes of which it must contain at least one whole (pigeonhole: missing at most total − minSame paragraphs, it
 * misses hashes of at most that many of total − minSame + 1 disjoint groups). A GIN index answers `@>` for each
 * group, and a paragraph every statement has ("Thank you.") no longer lets every statement through, as `&&` does.
 * Null when the groups would be too many: overlap (`&&`) is the prefilter then.
 */
export function containmentGroups(fingerprint: readonly number[], minSame: number): number[][] | null {
  const distinct = [...new Set(fingerprint)];
  const count = Math.max(1, Math.min(distinct.length, fingerprint.length - minSame + 1));
  if (count > MAX_GROUPS) return null;
  const groups = Array.from({ length: count }, (): number[] => []);
  distinct.forEach((hash, k) => groups[k % count]!.push(hash));
  return groups;
}
