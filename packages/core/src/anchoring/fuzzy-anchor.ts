import search from "approx-string-match";
import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { nearnessInText, scoreCandidate } from "./candidate-score.ts";
import { resolveTarget, type ResolvedTarget } from "./resolve-target.ts";
import type { TextBlock } from "./text-block.ts";

/** A fuzzy match is accepted when at most this share of the quote had to change. */
export const MAX_QUOTE_ERROR_RATE = 0.2;

/**
 * Nearness of a match in block `index` to the old place: the old block ranks above any other,
 * and nearer blocks above farther ones. Without the old block every block ranks alike.
 */
function nearness(index: number, offset: number, home: number, target: TextTarget, blocks: readonly TextBlock[]): number {
  if (home === -1) return 0.5;
  if (index === home) return 0.5 + 0.5 * nearnessInText(offset, target.start, blocks[index]?.text.length ?? 0);
  return 0.5 * (1 - Math.abs(index - home) / blocks.length);
}

/**
 * Searches every block for an approximate match of a single-block quote (approx-string-match),
 * scores each on quote, prefix, suffix and nearness, and returns the best one.
 */
export function fuzzyAnchor(quote: TextQuote, target: TextTarget, blocks: readonly TextBlock[]): ResolvedTarget | null {
  if (quote.exact.length === 0 || quote.exact.includes("\n")) return null;
  const maxErrors = Math.floor(quote.exact.length * MAX_QUOTE_ERROR_RATE);
  const home = blocks.findIndex((b) => b.id === target.paragraphId);
  let best: { resolved: ResolvedTarget; score: number } | null = null;
  for (const [index, block] of blocks.entries()) {
    for (const m of search(block.text, quote.exact, maxErrors)) {
      if (m.end <= m.start) continue;
      const resolved = resolveTarget(blocks, { paragraphId: block.id, start: m.start, end: m.end });
      if (!resolved.ok) continue;
      const near = nearness(index, m.start, home, target, blocks);
      const score = scoreCandidate({ text: block.text, start: m.start, end: m.end, errors: m.errors, nearness: near }, quote);
      if (!best || score > best.score) best = { resolved: resolved.value, score };
    }
  }
  return best?.resolved ?? null;
}
