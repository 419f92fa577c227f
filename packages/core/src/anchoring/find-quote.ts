import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { nearnessInText, scoreCandidate } from "./candidate-score.ts";
import { resolveTarget, type ResolvedTarget } from "./resolve-target.ts";
import type { TextBlock } from "./text-block.ts";

function occurrences(text: string, exact: string, before: number): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1 && i < before; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

/**
 * Finds the quote verbatim again, starting in the annotation's own start block; several occurrences
 * are told apart by prefix and suffix, then by nearness to the old start. Cross-block quotes are
 * searched in the blocks from the start block on, joined with "\n" as resolveTarget joins them.
 */
export function findQuoteInParagraph(quote: TextQuote, target: TextTarget, blocks: readonly TextBlock[]): ResolvedTarget | null {
  const startIndex = blocks.findIndex((b) => b.id === target.paragraphId);
  const home = blocks[startIndex];
  if (!home || quote.exact.length === 0) return null;
  const following = blocks.slice(startIndex);
  const joined = following.map((b) => b.text).join("\n");
  let best: { resolved: ResolvedTarget; score: number } | null = null;
  for (const at of occurrences(joined, quote.exact, home.text.length)) {
    const resolved = resolveAt(following, at, at + quote.exact.length);
    if (!resolved || resolved.quote.exact !== quote.exact) continue;
    const nearness = nearnessInText(at, target.start, home.text.length);
    const score = scoreCandidate({ text: joined, start: at, end: at + quote.exact.length, errors: 0, nearness }, quote);
    if (!best || score > best.score) best = { resolved, score };
  }
  return best?.resolved ?? null;
}

/** Maps offsets in the "\n"-joined text of `blocks` back to a target. */
function resolveAt(blocks: readonly TextBlock[], start: number, end: number): ResolvedTarget | null {
  const first = blocks[0];
  if (!first) return null;
  let blockStart = 0;
  for (const block of blocks) {
    const blockEnd = blockStart + block.text.length;
    if (end <= blockEnd) {
      const result = resolveTarget(blocks, { paragraphId: first.id, start, end: end - blockStart, endParagraphId: block.id });
      return result.ok ? result.value : null;
    }
    blockStart = blockEnd + 1;
  }
  return null;
}
