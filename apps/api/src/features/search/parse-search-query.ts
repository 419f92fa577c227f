/**
 * A search's `q` split in two (issue 17): what PostgreSQL's websearch_to_tsquery reads (words, "phrases", `or`,
 * `-word`), and the terms holding a digit, `/` or `.` (`74/247`, `S/PV.9500`), which a stemmer would cut apart and
 * which match instead as case-insensitive substrings. Quoted phrases stay whole in the text part (an unbalanced
 * quote reads as closed at the end, as websearch_to_tsquery does). An `or` beside a symbol term goes with it (left
 * alone, websearch_to_tsquery would read it as a word in a configuration without stop words): symbol terms always
 * must all hold (or, with `-`, must not).
 */
export interface SymbolTerm {
  term: string;
  negated: boolean;
}
export interface ParsedSearch {
  /** For websearch_to_tsquery; empty when the query has only symbol terms (or nothing). */
  text: string;
  symbols: SymbolTerm[];
}

/** More symbol terms than this in one query are ignored: each costs a substring scan of the candidates. */
export const MAX_SYMBOL_TERMS = 16;
const SYMBOL = /[\d/.]/;
/** Punctuation around a term that is no part of it ("(74/247)," → 74/247). */
const EDGE_PUNCTUATION = /^[()[\]{},;:!?'.]+|[()[\]{},;:!?'.]+$/g;

export function parseSearchQuery(q: string): ParsedSearch {
  // Each token: words and phrases for the text, an `or`, or a symbol term (null).
  const parts: (string | null)[] = [];
  const symbols: SymbolTerm[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const negated = c === "-" && i + 1 < q.length && !/\s/.test(q[i + 1]!);
    const start = negated ? i + 1 : i;
    if (q[start] === '"') {
      const close = q.indexOf('"', start + 1);
      const end = close === -1 ? q.length : close;
      parts.push(`${negated ? "-" : ""}"${q.slice(start + 1, end)}"`);
      i = end + 1;
      continue;
    }
    let end = start;
    while (end < q.length && !/\s/.test(q[end]!) && q[end] !== '"') end += 1;
    const word = q.slice(start, end);
    const term = word.replace(EDGE_PUNCTUATION, "");
    if (SYMBOL.test(term)) {
      parts.push(null);
      if (symbols.length < MAX_SYMBOL_TERMS && !symbols.some((s) => s.term === term.toLowerCase() && s.negated === negated)) {
        symbols.push({ term: term.toLowerCase(), negated });
      }
    } else {
      parts.push(`${negated ? "-" : ""}${word}`);
    }
    i = Math.max(end, i + 1);
  }
  const isOr = (t: string | null | undefined) => t?.toLowerCase() === "or";
  const text = parts.filter((t, k) => t !== null && !(isOr(t) && (parts[k - 1] === null || parts[k + 1] === null)));
  return { text: text.join(" ").trim(), symbols };
}

/** A LIKE pattern matching `term` anywhere (its %, _ and \ taken literally). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
