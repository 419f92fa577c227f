import { edgesAgree } from "./edge-words.ts";
import { bestCandidate, type Candidate, type Expected } from "./placement-candidate.ts";
import { candidates, type Found, inRegion, type Search, SHORT_QUOTE_SUPPORT, supported } from "./placement-search.ts";
import { errorBudget, isLongQuote, isShortQuote, wordsOf } from "./quote-budget.ts";
import { approximateMatches, occurrences } from "./quote-search.ts";
import { searchable } from "./revision-text.ts";

/**
 * The statement-wide steps of re-anchoring, for words that left the paragraphs their annotation's
 * paragraph went to (a sentence moved, a paragraph deleted but its words kept elsewhere). Away from
 * its own paragraphs a quote has only its context to go by, so both sides must agree.
 */

/** A verbatim occurrence elsewhere counts as the same words (shifted) when both sides agree this much. */
const ELSEWHERE_AGREEMENT = 0.75;
/** Characters of context next to the quote that a verbatim occurrence elsewhere must share to be scored at all, and how many such are scored. */
const TOUCHING_CONTEXT = 4;
const MAX_TOUCHING = 100;
/** A fuzzy match elsewhere needs both sides at least this much (a short quote, SHORT_QUOTE_SUPPORT), and this much on average. */
const ELSEWHERE_FUZZY_SIDE = 0.5;
const ELSEWHERE_FUZZY_MEAN = 0.65;
/** Of the quote's words (by rarity) a block must hold this share to be searched statement-wide, and at most this many blocks are. */
const ELSEWHERE_WORD_SHARE = 0.6;
const ELSEWHERE_BLOCKS = 6;

/**
 * The quote verbatim outside its paragraphs: `shifted` where both sides of its context agree, `fuzzy`
 * where it occurs just once in the statement and is long, or fairly long with one side agreeing.
 * indexOf looks for the quote with the few characters stored next to it, so a recurring phrase ("the
 * Convention") costs one scan of the text, not one scoring per occurrence.
 */
export function verbatimElsewhere(search: Search): Found | null {
  const { text } = search.context.text;
  const before = search.quote.prefix.slice(-TOUCHING_CONTEXT);
  const after = search.quote.suffix.slice(0, TOUCHING_CONTEXT);
  const short = isShortQuote(search.repaired);
  // A short quote may recur hundreds of times: only its occurrences with the nearest context are looked for.
  // A longer one rarely recurs: one scan finds them all, and whether it is the only one.
  const all = search.needles.flatMap((needle) =>
    short
      ? occurrences(text, before + needle + after, 0, text.length, MAX_TOUCHING).map((m) => ({
          start: m.start + before.length,
          end: m.end - after.length,
          errors: 0,
        }))
      : occurrences(text, needle, 0, text.length, MAX_TOUCHING),
  );
  const touching = all.filter(
    (m) =>
      !inRegion(m, search.region) &&
      m.start >= before.length &&
      text.startsWith(before, m.start - before.length) &&
      text.startsWith(after, m.end),
  );
  const expected: Expected = { at: search.region?.expected.at ?? null, scale: text.length };
  const agreeing = candidates(search, touching, expected).filter((c) => c.prefix >= ELSEWHERE_AGREEMENT && c.suffix >= ELSEWHERE_AGREEMENT);
  const best = bestCandidate(agreeing, search.repaired.length);
  if (best) return { state: "shifted", candidate: best };
  if (short || all.length !== 1 || inRegion(all[0]!, search.region)) return null;
  const only = candidates(search, all, expected)[0];
  if (!only) return null;
  return isLongQuote(search.repaired) || supported(only, SHORT_QUOTE_SUPPORT) ? { state: "fuzzy", candidate: only } : null;
}

/** An approximate match in the few blocks that hold most of the quote's words, with context agreeing on both sides. */
export function fuzzyElsewhere(search: Search): Candidate | null {
  const { text, blocks, starts } = search.context.text;
  const needle = search.repaired;
  const budget = errorBudget(needle.length);
  if (budget === 0) return null;
  const span = 1 + (search.quote.exact.match(/\n/gu)?.length ?? 0);
  const runs = search.context.words().runsWith(wordsOf(needle), span, ELSEWHERE_WORD_SHARE, ELSEWHERE_BLOCKS);
  const expected: Expected = { at: search.region?.expected.at ?? null, scale: text.length };
  const found = runs.flatMap((run) => {
    const last = Math.min(blocks.length - 1, run + span - 1);
    const from = starts[run]!;
    if (search.region && from >= search.region.from && from < search.region.to) return [];
    return candidates(search, approximateMatches(text, needle, from, starts[last]! + blocks[last]!.text.length, budget), expected);
  });
  const side = isShortQuote(needle) ? SHORT_QUOTE_SUPPORT : ELSEWHERE_FUZZY_SIDE;
  const agreeing = found.filter(
    (c) =>
      Math.min(c.prefix, c.suffix) >= side &&
      (c.prefix + c.suffix) / 2 >= ELSEWHERE_FUZZY_MEAN &&
      edgesAgree(needle, searchable(c.quote.exact)),
  );
  return bestCandidate(agreeing, needle.length);
}
