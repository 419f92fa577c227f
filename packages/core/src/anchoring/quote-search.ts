import search from "approx-string-match";

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/**
 * Every verbatim occurrence of `needle` within text[from, to), at most `limit`. The range is sliced
 * out first (V8 slices without copying): indexOf on the whole text would run on to its end each
 * time the needle is not in the range, which for a paragraph's worth of range is most of the cost.
 */
export function occurrences(text: string, needle: string, from: number, to: number, limit = Number.POSITIVE_INFINITY): Match[] {
  const found: Match[] = [];
  if (needle.length === 0 || to - from < needle.length) return found;
  const range = from === 0 && to === text.length ? text : text.slice(from, to);
  for (let at = range.indexOf(needle); at !== -1; at = range.indexOf(needle, at + 1)) {
    found.push({ start: from + at, end: from + at + needle.length, errors: 0 });
    if (found.length >= limit) break;
  }
  return found;
}

/** The closest approximate matches (approx-string-match: only those with the fewest edits) of `needle` within text[from, to). */
export function approximateMatches(text: string, needle: string, from: number, to: number, maxErrors: number): Match[] {
  if (needle.length === 0 || to <= from) return [];
  return search(text.slice(from, to), needle, maxErrors)
    .filter((m) => m.end > m.start)
    .map((m) => ({ start: from + m.start, end: from + m.end, errors: m.errors }));
}
