import { fromCodePointOffset } from "../anchoring/code-points.ts";
import { reanchor, type ReanchorMethod } from "../anchoring/reanchor.ts";
import { resolveTarget } from "../anchoring/resolve-target.ts";
import type { TextBlock } from "../anchoring/text-block.ts";
import type { TextQuote, TextTarget } from "../model/annotation.ts";
import type { ReadTarget } from "./read-target.ts";

export type AnchoredBy = "position" | ReanchorMethod;

export interface AnchoredTarget {
  target: TextTarget;
  quote: TextQuote;
  anchoredBy: AnchoredBy;
}

/**
 * Places an imported target in a statement's blocks: the code point positions converted to UTF-16
 * when they still cover the quote, else the quote found again as re-anchoring finds it. Null when
 * neither works.
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
  const first = blocks[0];
  if (read.quote === null || !first) return null;
  const hint: TextTarget = { paragraphId: read.paragraphId ?? first.id, start: start ?? 0, end: end ?? 0 };
  if (read.endParagraphId) hint.endParagraphId = read.endParagraphId;
  const found = reanchor(read.quote, hint, blocks);
  return "orphan" in found ? null : { target: found.target, quote: found.quote, anchoredBy: found.method };
}
