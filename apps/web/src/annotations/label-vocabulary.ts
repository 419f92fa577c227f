export interface LabelVocabulary {
  items: { name: string; uses: number }[];
}

/** The workspace's labels after an annotation used `labels`: new ones join, counts grow, most used first. */
export function mergeLabels(vocabulary: LabelVocabulary | undefined, labels: readonly string[]): LabelVocabulary | undefined {
  if (!vocabulary || labels.length === 0) return vocabulary;
  const uses = new Map(vocabulary.items.map((item) => [item.name, item.uses]));
  for (const label of new Set(labels)) uses.set(label, (uses.get(label) ?? 0) + 1);
  const items = [...uses].map(([name, count]) => ({ name, uses: count }));
  items.sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
  return { items };
}

/**
 * Suggestions for a partly typed label: names containing the text, those starting with it first, none already
 * chosen (compared without case), at most `limit`. With no text, the most used.
 */
export function suggestLabels(names: readonly string[], text: string, chosen: readonly string[], limit = 8): string[] {
  const taken = new Set(chosen.map((c) => c.toLocaleLowerCase()));
  const q = text.trim().toLocaleLowerCase();
  const open = names.filter((n) => !taken.has(n.toLocaleLowerCase()));
  if (!q) return open.slice(0, limit);
  const starts = open.filter((n) => n.toLocaleLowerCase().startsWith(q));
  const contains = open.filter((n) => !n.toLocaleLowerCase().startsWith(q) && n.toLocaleLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit);
}
