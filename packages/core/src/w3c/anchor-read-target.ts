import { blockWordIndex, type BlockWordIndex } from "../anchoring/block-word-index.ts";
import { fromCodePointOffset } from "../anchoring/code-points.ts";
import { placeAnnotation, type PlacingContext } from "../anchoring/place-annotation.ts";
import { reanchor, type ReanchorMethod } from "../anchoring/reanchor.ts";
import type { PlacementState } from "../anchoring/reanchor-revision.ts";
import { resolveTarget } from "../anchoring/resolve-target.ts";
import { revisionText } from "../anchoring/revision-text.ts";
import type { TextBlock } from "../anchoring/text-block.ts";
import type { TextQuote, TextTarget } from "../model/annotation.ts";
import type { ReadTarget } from "./read-target.ts";

/** How an imported target was placed: by its positions, or found again as a revision finds its annotations. */
export type AnchoredBy = "position" | Exclude<PlacementState, "orphaned">;

export interface AnchoredTarget {
  target: TextTarget;
  quote: TextQuote;
  anchoredBy: AnchoredBy;
}

/**
 * The statement's text indexed once for all the annotations placed in it: a task places a batch of them in the same
 * blocks (the same array), and indexing a long statement again for each would cost more than the search.
 */
const contexts = new WeakMap<readonly TextBlock[], PlacingContext>();
function placingContext(blocks: readonly TextBlock[]): PlacingContext {
  let context = contexts.get(blocks);
  if (!context) {
    let words: BlockWordIndex | null = null;
    context = { text: revisionText(blocks), successors: {}, words: () => (words ??= blockWordIndex(blocks)) };
    contexts.set(blocks, context);
  }
  return context;
}

const BY_METHOD: Record<ReanchorMethod, AnchoredBy> = { "exact-position": "exact", "quote-in-paragraph": "shifted", fuzzy: "fuzzy" };

/** A quote from a tool that names no paragraph: searched statement-wide, there being no paragraph to look near. */
function placeQuoteOnly(quote: TextQuote, blocks: readonly TextBlock[]): AnchoredTarget | null {
  const first = blocks[0];
  const found = first ? reanchor(quote, { paragraphId: first.id, start: 0, end: 0 }, blocks) : { orphan: true as const };
  return "orphan" in found ? null : { target: found.target, quote: found.quote, anchoredBy: BY_METHOD[found.method] };
}

/**
 * Places an imported target in a statement's blocks: the code point positions converted to UTF-16 when they still
 * cover the quote. Else an annotation that names its paragraph (a Verbatim export, maybe of an older text) is found
 * again as a revision finds its annotations (core reanchorRevision: verbatim in or near its paragraph or elsewhere
 * with its context, else approximately, and nowhere rather than on the wrong words); a quote alone is searched for
 * across the statement. Null when neither works.
 */
export function anchorReadTarget(read: ReadTarget, blocks: readonly TextBlock[]): AnchoredTarget | null {
  const textOf = (id: string | null): string | undefined => (id === null ? undefined : blocks.find((b) => b.id === id)?.text);
  const endId = read.endParagraphId ?? read.paragraphId;
  const startText = textOf(read.paragraphId);
  const endText = textOf(endId);
  const start = read.codePoints && startText !== undefined ? fromCodePointOffset(startText, read.codePoints.start) : null;
  const end = read.codePoints && endText !== undefined ? fromCodePointOffset(endText, read.codePoints.end) : null;
  if (read.paragraphId !== null && start !== null && end !== null) {
    const resolved = resolveTarget(blocks, { paragraphId: read.paragraphId, start, end, endParagraphId: endId ?? undefined });
    if (resolved.ok && (read.quote === null || read.quote.exact === resolved.value.quote.exact)) {
      return { ...resolved.value, anchoredBy: "position" };
    }
  }
  if (read.quote === null) return null;
  if (read.paragraphId === null) return placeQuoteOnly(read.quote, blocks);
  const hint: TextTarget = { paragraphId: read.paragraphId, start: start ?? 0, end: end ?? 0 };
  if (read.endParagraphId) hint.endParagraphId = read.endParagraphId;
  const found = placeAnnotation(read.quote, hint, placingContext(blocks));
  return found && { target: found.candidate.target, quote: found.candidate.quote, anchoredBy: found.state };
}
