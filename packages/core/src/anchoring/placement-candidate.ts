import type { TextQuote } from "../model/annotation.ts";
import { contextAgreement } from "./context-agreement.ts";
import type { RevisionText } from "./revision-text.ts";
import type { SpanQuote } from "./span-quote.ts";

/** A place in a revision where an annotation's quote may now be, with what speaks for it. */
export interface Candidate extends SpanQuote {
  /** Offsets in the revision's joined text. */
  start: number;
  end: number;
  /** Edits between the stored quote and the text here (0 for a verbatim occurrence). */
  errors: number;
  /** Agreement of the text before and after with the stored prefix and suffix, 0..1. */
  prefix: number;
  suffix: number;
  /** 0..1, how close to where the quote was expected. */
  nearness: number;
}

/** Where the quote is expected in the joined text, and over what distance nearness falls to 0. */
export interface Expected {
  at: number | null;
  scale: number;
}

/** Weights after Hypothesis's match-quote, as candidate-score.ts: the quote dominates, then its context, then nearness. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, nearness: 2 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.nearness;

export function candidateAt(
  text: RevisionText,
  quote: TextQuote,
  match: { start: number; end: number; errors: number },
  expected: Expected,
): Candidate | null {
  const span = text.locate(match.start, match.end);
  if (!span) return null;
  const nearness = expected.at === null ? 0.5 : 1 - Math.min(1, Math.abs(match.start - expected.at) / Math.max(1, expected.scale));
  // Spelt out rather than spread: object spread takes V8's slow path here, ten times the cost of the rest.
  return {
    target: span.target,
    quote: span.quote,
    start: match.start,
    end: match.end,
    errors: match.errors,
    prefix: contextAgreement(quote.prefix, span.quote.prefix, "prefix"),
    suffix: contextAgreement(quote.suffix, span.quote.suffix, "suffix"),
    nearness,
  };
}

export function candidateScore(c: Candidate, quoteLength: number): number {
  const quote = quoteLength === 0 ? 0 : 1 - c.errors / quoteLength;
  return (WEIGHTS.quote * quote + WEIGHTS.prefix * c.prefix + WEIGHTS.suffix * c.suffix + WEIGHTS.nearness * c.nearness) / TOTAL;
}

/** The best-scoring candidate; the earlier one on a tie. */
export function bestCandidate(candidates: readonly Candidate[], quoteLength: number): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const score = candidateScore(c, quoteLength);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
