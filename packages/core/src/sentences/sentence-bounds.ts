/** A stretch of a text, in UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

// A run of terminators with any closing quotes or brackets, followed by white space or the end: only there can a
// sentence end, so "U.N." and "3.5" are looked at once, at their last dot, and never inside.
const CANDIDATE = /[.!?\u2026]+["'\u201d\u2019\u00bb)\]]*(?=\s|$)/gu;

/** Never end a sentence: titles before a name, and Latin abbreviations that run on ("e.g. France"). */
const RUNS_ON = new Set([
  "mr",
  "mrs",
  "ms",
  "messrs",
  "mme",
  "dr",
  "prof",
  "h.e",
  "amb",
  "st",
  "e.g",
  "i.e",
  "cf",
  "vs",
  "viz",
  "approx",
  "incl",
]);
/** End a sentence unless a number follows: "No. 5", "para. 3", "p. 12"; "No. We disagree." ends one. */
const BEFORE_NUMBER = new Set(["no", "nos", "art", "arts", "para", "paras", "p", "pp", "vol", "ch", "sect", "fig", "op", "res", "doc"]);
/** An initialism ("U.N", "U.S.A") or an initial ("J"), seen without its last dot. */
const INITIALS = /^(?:\p{L}\.)*\p{Lu}$|^(?:\p{L}\.)+\p{L}$/u;
/** A paragraph's own number or letter at its start: "1.", "(a).", "iv." do not make a sentence of their own. */
const ENUMERATOR = /^[([]?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]$/iu;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text[at])) at++;
  return at;
}

/** Whether the candidate at `at` (its terminators and closers `mark`) ends the sentence that began at `start`. */
function endsHere(text: string, start: number, at: number, mark: string): boolean {
  const next = text[skipSpace(text, at + mark.length)];
  if (next === undefined) return true;
  if (/\p{Ll}/u.test(next)) return false;
  if (!/^\.["'\u201d\u2019\u00bb)\]]*$/u.test(mark)) return true;
  const word = /[^\s]*$/u.exec(text.slice(start, at))?.[0].replace(/^["'\u201c\u2018\u00ab([]+/u, "") ?? "";
  const lower = word.toLowerCase();
  if (RUNS_ON.has(lower) || INITIALS.test(word)) return false;
  if (BEFORE_NUMBER.has(lower) && /\d/u.test(next)) return false;
  return !ENUMERATOR.test(text.slice(start, at + mark.length));
}

/**
 * The sentences of a text in order, each without the white space around it. A sentence ends at . ! ? or …
 * (with closing quotes or brackets) before white space and a word that does not start in lower case, except
 * after an abbreviation: titles ("Mr."), initialisms ("U.N."), "e.g."/"i.e.", and "No."/"para." before a number.
 * An initialism that really ends a sentence runs on into the next one: the safer mistake for selecting.
 */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(CANDIDATE)) {
    const end = match.index + match[0].length;
    if (match.index < start || !endsHere(text, start, match.index, match[0])) continue;
    ranges.push({ start, end });
    start = skipSpace(text, end);
  }
  let last = text.length;
  while (last > start && isSpace(text[last - 1])) last--;
  if (last > start) ranges.push({ start, end: last });
  return ranges;
}

/**
 * The sentence at `offset`: the white space after a sentence belongs to it, and the white space before the
 * first to the first. A blank text gives an empty range at the offset.
 */
export function sentenceBounds(text: string, offset: number): TextRange {
  const at = Math.max(0, Math.min(offset, text.length));
  const ranges = sentenceRanges(text);
  let found = ranges[0];
  for (const range of ranges) {
    if (range.start > at) break;
    found = range;
  }
  return found ?? { start: at, end: at };
}
