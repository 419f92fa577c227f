/** FNV-1a over UTF-16 units from a given offset basis: small, pure and the same in the browser and the API. */
function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A suggestion's ID from what identifies it to the analyst: the paragraph, the rule, the words and which
 * occurrence of those words (for that rule) it is. Offsets are left out, so an edit earlier in the paragraph
 * keeps the ID and a dismissal sticks. Two 32-bit hashes with different bases make a clash unlikely
 * within one statement, which is all an ID must tell apart.
 */
export function suggestionId(paragraphId: string, rule: string, quote: string, occurrence: number): string {
  const key = `${paragraphId}\u0000${rule}\u0000${quote}\u0000${occurrence}`;
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  return `sg_${hex(fnv1a(key, 0x811c9dc5))}${hex(fnv1a(key, 0x01000193))}`;
}
