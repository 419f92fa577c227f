const NOUNS: Record<string, [singular: string, plural: string]> = {
  position: ["position", "positions"],
  commitment: ["commitment", "commitments"],
  "cross-reference": ["cross-reference", "cross-references"],
};

/** The order analysts read counts in; kinds the API adds later follow, in its order. */
const ORDER = Object.keys(NOUNS);

/** "1 position", "3 cross-references"; an unknown kind is shown by its key. */
export function countLabel(kind: string, count: number): string {
  const [singular, plural] = NOUNS[kind] ?? [kind, kind];
  return `${count} ${count === 1 ? singular : plural}`;
}

export function orderedCounts(counts: Record<string, number>): [kind: string, count: number][] {
  const rank = (kind: string) => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b));
}
