/** Typed text as chips: split at commas, white space folded, empty pieces dropped. */
export function splitChips(text: string): string[] {
  return text
    .split(",")
    .map((piece) => piece.replace(/\s+/g, " ").trim())
    .filter((piece) => piece.length > 0);
}

/**
 * `list` with the chips typed in `text` added. A chip matching a vocabulary entry but for case takes the
 * vocabulary's spelling, so "Cybercrime" and "cybercrime" do not become two labels; duplicates are skipped.
 */
export function addChips(list: readonly string[], text: string, vocabulary: readonly string[] = []): string[] {
  const next = [...list];
  const seen = new Set(list.map((item) => item.toLocaleLowerCase()));
  const known = new Map(vocabulary.map((name) => [name.toLocaleLowerCase(), name]));
  for (const piece of splitChips(text)) {
    const key = piece.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    next.push(known.get(key) ?? piece);
  }
  return next;
}

export function removeChip(list: readonly string[], chip: string): string[] {
  return list.filter((item) => item !== chip);
}
