import type { SymbolTerm } from "./parse-search-query.ts";

/** The marks ts_headline puts around each matched word: private-use characters, taken out of the text beforehand. */
export const START_MARK = "\uE000";
export const STOP_MARK = "\uE001";
export const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${START_MARK}, StopSel=${STOP_MARK}`;
/** Marks past this many in one paragraph are not sent (a paragraph has a few thousand words at most). */
const MAX_MATCHES = 500;

export interface Span {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_\p{M}]+/gu;

/** The word runs of a text, in order, as [start, end) offsets. */
function wordRuns(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The marked words of a headline (ts_headline over the paragraph's folded text, HighlightAll, START_MARK/STOP_MARK) as
 * offsets in the original text. The spelling fold (verbatim_fold in the search migration) replaces letters by letters
 * within whole words, so the folded and original texts have the same words in the same order, with the same text
 * between them: an offset in the n-th folded word maps into the n-th original word (clamped to its length, as
 * "labour" is one letter longer than "labor"). Anything the texts do not share word for word gives no matches rather
 * than wrong ones.
 */
export function headlineMatches(original: string, headline: string): Span[] {
  const marked: Span[] = [];
  let folded = "";
  let open = -1;
  for (const ch of headline) {
    if (ch === START_MARK) open = folded.length;
    else if (ch === STOP_MARK) {
      if (open >= 0 && folded.length > open) marked.push({ start: open, end: folded.length });
      open = -1;
    } else folded += ch;
  }
  if (marked.length === 0) return [];
  const from = wordRuns(folded);
  const to = wordRuns(original);
  if (from.length !== to.length) return [];
  const map = (offset: number, edge: "start" | "end"): number | null => {
    // The word the offset is in (or at the end of), then the same place in the original word.
    const k = from.findIndex((w) => (edge === "start" ? offset >= w.start && offset < w.end : offset > w.start && offset <= w.end));
    if (k === -1) return null;
    const f = from[k]!;
    const o = to[k]!;
    if (edge === "end" && offset === f.end) return o.end;
    return Math.min(o.start + (offset - f.start), o.end);
  };
  const spans: Span[] = [];
  for (const m of marked.slice(0, MAX_MATCHES)) {
    const start = map(m.start, "start");
    const end = map(m.end, "end");
    if (start !== null && end !== null && end > start) spans.push({ start, end });
  }
  return spans;
}

/** Where each (not negated) symbol term occurs in the text, case-insensitively. */
export function symbolMatches(text: string, symbols: readonly SymbolTerm[]): Span[] {
  const spans: Span[] = [];
  for (const { term, negated } of symbols) {
    if (negated || !term) continue;
    // A literal pattern (every special character escaped): linear, no backtracking.
    const re = new RegExp(term.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "gi");
    for (const m of text.matchAll(re)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      if (spans.length >= MAX_MATCHES) return spans;
    }
  }
  return spans;
}

/** Spans in text order, overlapping or touching ones merged. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
