/** Text shortened to about `max` characters at a word boundary, with an ellipsis when cut; white space folded. */
export function excerpt(text: string, max: number): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded.length <= max) return folded;
  // Never end between the two halves of a surrogate pair (an emoji).
  const cut = folded.slice(0, /[\uD800-\uDBFF]/.test(folded[max - 1] ?? "") ? max - 1 : max);
  const space = cut.lastIndexOf(" ");
  // Cutting at the last space keeps whole words, unless that would drop most of the text (one very long word).
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
