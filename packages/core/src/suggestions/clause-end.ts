/** A clause runs at most this far: past it, the suggestion ends at a word boundary and the analyst extends it. */
export const MAX_CLAUSE = 600;

const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const STOP = 0x2e;
const BANG = 0x21;
const QUERY = 0x3f;
const CLOSERS = "\"'\u201d\u2019)";
/** White space as import leaves it (folded to spaces) and as raw text may hold it. */
const isSpace = (ch: number) => ch === 0x20 || ch === 0x0a || ch === 0x09 || ch === 0x0d || ch === 0xa0;

/**
 * Where the clause that runs through `from` ends: at a semicolon, at the end of the sentence (. ! ? before white
 * space and a word that is not in lower case, or before the end), at a quotation that closes (`,"`), or after
 * MAX_CLAUSE characters. The final stop is left out. A bounded forward scan, so hostile text costs no more.
 */
export function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_CLAUSE);
  for (let i = from; i < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === SEMICOLON) return i;
    if (ch === COMMA && (text[i + 1] === '"' || text[i + 1] === "\u201d")) return i;
    if (ch === STOP || ch === BANG || ch === QUERY) {
      let j = i + 1;
      while (j < text.length && CLOSERS.includes(text[j]!)) j++;
      if (j >= text.length) return i;
      if (!isSpace(text.charCodeAt(j))) continue;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (j >= text.length || !/\p{Ll}/u.test(text[j]!)) return i;
    }
  }
  if (limit === text.length) return limit;
  const space = text.lastIndexOf(" ", limit);
  return space > from ? space : limit;
}
