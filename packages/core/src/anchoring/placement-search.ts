import type { TextQuote } from "../model/annotation.ts";
import type { BlockWordIndex } from "./block-word-index.ts";
import { keepsWordEdges } from "./edge-words.ts";
import { type Candidate, candidateAt, type Expected } from "./placement-candidate.ts";
import type { Match } from "./quote-search.ts";
import type { Region, Successors } from "./revision-region.ts";
import type { RevisionText } from "./revision-text.ts";

/** What one annotation's re-anchoring needs: the revision indexed once, and where each old ID went. */
export interface PlacingContext {
  text: RevisionText;
  successors: Successors;
  /** Built on first use: only quotes whose paragraphs went need a statement-wide search. */
  words: () => BlockWordIndex;
}

export type Found = { state: "exact" | "shifted" | "fuzzy"; candidate: Candidate };

/** One annotation being placed: its stored quote, the forms it is searched in, and the paragraphs its text went to. */
export interface Search {
  quote: TextQuote;
  /** The quote as searched, and mojibake-repaired when that changes it. */
  needles: readonly string[];
  repaired: string;
  region: Region | null;
  context: PlacingContext;
}

/** A short quote found verbatim still needs its context on one side at least this much. */
export const SHORT_QUOTE_SUPPORT = 0.6;

export const supported = (c: Candidate, least: number): boolean => Math.max(c.prefix, c.suffix) >= least;
export const inRegion = (m: Match, region: Region | null): boolean => region !== null && m.start >= region.from && m.end <= region.to;

/** The matches as candidates, less those that cut a word the quote did not cut. */
export function candidates(search: Search, matches: readonly Match[], expected: Expected): Candidate[] {
  return matches.flatMap((m) => {
    const c = candidateAt(search.context.text, search.quote, m, expected);
    return c && keepsWordEdges(search.quote, c.quote) ? [c] : [];
  });
}
