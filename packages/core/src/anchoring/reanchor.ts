import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { findQuoteInParagraph } from "./find-quote.ts";
import { fuzzyAnchor } from "./fuzzy-anchor.ts";
import { resolveTarget } from "./resolve-target.ts";
import type { TextBlock } from "./text-block.ts";

export type ReanchorMethod = "exact-position" | "quote-in-paragraph" | "fuzzy";

/** Where an annotation sits in a new revision, with the quote recomputed there; or an orphan for a person to place. */
export type ReanchorResult = { target: TextTarget; quote: TextQuote; method: ReanchorMethod } | { orphan: true };

/**
 * Finds an annotation again in a new revision's blocks (DESIGN.md, re-anchoring): the same paragraph
 * and offsets if the quote still matches there; else the quote within the same paragraph; else a
 * fuzzy match across blocks (single-block quotes only); else an orphan.
 */
export function reanchor(quote: TextQuote, target: TextTarget, blocks: readonly TextBlock[]): ReanchorResult {
  const same = resolveTarget(blocks, target);
  if (same.ok && same.value.quote.exact === quote.exact) return { ...same.value, method: "exact-position" };
  const inParagraph = findQuoteInParagraph(quote, target, blocks);
  if (inParagraph) return { ...inParagraph, method: "quote-in-paragraph" };
  const crossBlock = target.endParagraphId !== undefined && target.endParagraphId !== target.paragraphId;
  const fuzzy = crossBlock ? null : fuzzyAnchor(quote, target, blocks);
  if (fuzzy) return { ...fuzzy, method: "fuzzy" };
  return { orphan: true };
}
