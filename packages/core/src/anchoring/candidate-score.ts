import search from "approx-string-match";
import type { TextQuote } from "../model/annotation.ts";

/** Weights after Hypothesis's match-quote: the quote dominates, then its context, then nearness. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, nearness: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.nearness;

/** 1 when `expected` occurs in `actual` exactly (or is empty), falling with the edits needed. */
export function contextScore(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  const matches = search(actual, expected, expected.length);
  if (matches.length === 0) return 0;
  return 1 - Math.min(...matches.map((m) => m.errors)) / expected.length;
}

export interface Candidate {
  /** The block's text and the candidate span within it (UTF-16). */
  text: string;
  start: number;
  end: number;
  /** Edits between the quote and the candidate text. */
  errors: number;
  /** 0..1, how close the candidate is to where the annotation was. */
  nearness: number;
}

/** A score in 0..1 for a place the quote might now be. */
export function scoreCandidate(c: Candidate, quote: TextQuote): number {
  const quoteScore = quote.exact.length === 0 ? 0 : 1 - c.errors / quote.exact.length;
  const prefix = c.text.slice(Math.max(0, c.start - quote.prefix.length), c.start);
  const suffix = c.text.slice(c.end, c.end + quote.suffix.length);
  const weighted =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * contextScore(prefix, quote.prefix) +
    WEIGHTS.suffix * contextScore(suffix, quote.suffix) +
    WEIGHTS.nearness * c.nearness;
  return weighted / TOTAL;
}

/** Nearness of `offset` to `hint` within a text of `length` units, in 0..1. */
export const nearnessInText = (offset: number, hint: number, length: number): number =>
  1 - Math.min(1, Math.abs(offset - hint) / Math.max(1, length));
