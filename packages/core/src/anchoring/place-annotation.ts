import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { foldMojibake } from "../revisions/fold-mojibake.ts";
import { prefixTouches, suffixTouches } from "./context-agreement.ts";
import { edgesAgree } from "./edge-words.ts";
import { fuzzyElsewhere, verbatimElsewhere } from "./place-elsewhere.ts";
import { bestCandidate, type Candidate } from "./placement-candidate.ts";
import { candidates, type Found, type PlacingContext, type Search, SHORT_QUOTE_SUPPORT, supported } from "./placement-search.ts";
import { errorBudget, isShortQuote } from "./quote-budget.ts";
import { approximateMatches, type Match, occurrences } from "./quote-search.ts";
import { type Region, regionOf } from "./revision-region.ts";
import { type RevisionText, searchable } from "./revision-text.ts";
import { stretchedMatches } from "./stretched-match.ts";

export type { Found, PlacingContext } from "./placement-search.ts";

/** A fuzzy match in the annotation's own paragraphs needs its context on one side at least this much. */
const REGION_FUZZY_SUPPORT = 0.5;
/** A quote too short for an error budget may still differ by one edit where both sides of its context agree this much. */
const TINY_QUOTE_AGREEMENT = 0.75;
const TINY_QUOTE_LENGTH = 5;

/** The annotation's own span, when the revision still has its paragraphs and the quote is still at its offsets. */
function samePlace(needle: string, target: TextTarget, text: RevisionText): Match | null {
  const first = text.indexOf(target.paragraphId);
  const last = target.endParagraphId === undefined ? first : text.indexOf(target.endParagraphId);
  if (first === -1 || last < first) return null;
  const start = text.starts[first]! + target.start;
  const end = text.starts[last]! + target.end;
  if (target.start < 0 || target.end > text.blocks[last]!.text.length || end <= start) return null;
  return text.text.slice(start, end) === needle ? { start, end, errors: 0 } : null;
}

/** The quote verbatim in the paragraphs it went to, the occurrence best supported by context and nearness. */
function verbatimInRegion(search: Search, region: Region): Candidate | null {
  const { text } = search.context.text;
  const found = candidates(
    search,
    search.needles.flatMap((needle) => occurrences(text, needle, region.from, region.to)),
    region.expected,
  );
  const best = bestCandidate(found, search.repaired.length);
  if (!best) return null;
  return !isShortQuote(search.repaired) || supported(best, SHORT_QUOTE_SUPPORT) ? best : null;
}

/** An approximate match, or a long quote stretched by words added in its middle, within the paragraphs it went to. */
function fuzzyInRegion(search: Search, region: Region): Candidate | null {
  const { text } = search.context.text;
  const needle = search.repaired;
  const least = isShortQuote(needle) ? SHORT_QUOTE_SUPPORT : REGION_FUZZY_SUPPORT;
  // A word or two ("organized" → "organised") gets one edit where its context is unchanged on both sides.
  const tiny = errorBudget(needle.length) === 0;
  const budget = tiny ? (needle.length >= TINY_QUOTE_LENGTH ? 1 : 0) : errorBudget(needle.length);
  const approximate = budget === 0 ? [] : approximateMatches(text, needle, region.from, region.to, budget);
  const near = candidates(search, approximate, region.expected).filter(
    (c) =>
      (tiny ? Math.min(c.prefix, c.suffix) >= TINY_QUOTE_AGREEMENT : supported(c, least)) && edgesAgree(needle, searchable(c.quote.exact)),
  );
  const best = bestCandidate(near, needle.length);
  if (best) return best;
  const stretched = candidates(search, stretchedMatches(text, needle, region.from, region.to), region.expected);
  return bestCandidate(
    stretched.filter((c) => supported(c, least)),
    needle.length,
  );
}

/**
 * Finds one annotation again in a revision (DESIGN.md, re-anchoring; issue 13): at its paragraph and
 * offsets (`exact`); else verbatim in the paragraphs its text went to, or verbatim elsewhere with its
 * context on both sides (`shifted`); else approximately, there first, then statement-wide (`fuzzy`).
 * Null makes it an orphan: a misplaced tag is worse than one a person places.
 */
export function placeAnnotation(quote: TextQuote, target: TextTarget, context: PlacingContext): Found | null {
  const needle = searchable(quote.exact);
  if (needle.trim().length === 0) return null;
  // Most annotations sit where they were with their context untouched: no scoring, no search.
  const same = samePlace(needle, target, context.text);
  const sameSpan = same && context.text.locate(same.start, same.end);
  if (sameSpan && prefixTouches(quote.prefix, sameSpan.quote.prefix) && suffixTouches(quote.suffix, sameSpan.quote.suffix)) {
    // Spelt out rather than spread (see candidateAt).
    const { start, end } = same;
    return {
      state: "exact",
      candidate: { target: sameSpan.target, quote: sameSpan.quote, start, end, errors: 0, prefix: 1, suffix: 1, nearness: 1 },
    };
  }
  const repaired = searchable(foldMojibake(quote.exact));
  const region = regionOf(target, context.successors, context.text);
  const search: Search = { quote, needles: repaired === needle ? [needle] : [needle, repaired], repaired, region, context };
  const verbatim = region && verbatimInRegion(search, region);
  if (verbatim) return { state: same && verbatim.start === same.start ? "exact" : "shifted", candidate: verbatim };
  const sameCandidate = same && candidates(search, [same], { at: same.start, scale: 1 })[0];
  if (sameCandidate) return { state: "exact", candidate: sameCandidate };
  const elsewhere = verbatimElsewhere(search);
  if (elsewhere?.state === "shifted") return elsewhere;
  const near = region && fuzzyInRegion(search, region);
  if (near) return { state: "fuzzy", candidate: near };
  if (elsewhere) return elsewhere;
  const far = fuzzyElsewhere(search);
  return far && { state: "fuzzy", candidate: far };
}
