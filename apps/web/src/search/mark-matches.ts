/** A stretch of a result's text, marked where the query matched it. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

export interface MatchRange {
  start: number;
  end: number;
}

/** More ranges than any page of results needs; past it the rest are left unmarked rather than sorted at length. */
export const MAX_MARKED_RANGES = 1_000;

/**
 * The text cut at the server's match offsets (UTF-16, as the API sends them), for the page to wrap the matched parts
 * in <mark> elements: never HTML from the server. Offsets outside the text are clamped to it, empty or reversed ranges
 * dropped, and overlapping or touching ranges merged, so every character is shown exactly once.
 */
export function markSegments(text: string, matches: readonly MatchRange[]): TextSegment[] {
  const ranges = matches
    .slice(0, MAX_MARKED_RANGES)
    .map(({ start, end }) => ({ start: clamp(start, text.length), end: clamp(end, text.length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: MatchRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }

  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

const clamp = (n: number, length: number): number => (Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), length) : 0);
