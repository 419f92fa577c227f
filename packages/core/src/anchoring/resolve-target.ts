import { err, ok, type Result } from "../model/result.ts";
import { splitsSurrogatePair } from "./code-points.ts";
import { type SpanQuote, spanQuote } from "./span-quote.ts";
import { targetError, type TargetError } from "./target-error.ts";
import type { TextBlock } from "./text-block.ts";

export interface TargetInput {
  paragraphId: string;
  start: number;
  end: number;
  endParagraphId?: string | undefined;
  /** The quote the client saw; when given it must equal the text at the offsets. */
  exact?: string | undefined;
}

export type ResolvedTarget = SpanQuote;

const outOfRange = (paragraphId: string, offset: number, length: number, rule: string): TargetError =>
  targetError("offset_out_of_range", `offset ${offset} is out of range in ${paragraphId} (${rule})`, { paragraphId, offset, length });

/** Checks the offsets, in UTF-16 units, of a single- or cross-block span. */
function checkOffsets(a: TextBlock, b: TextBlock, start: number, end: number): TargetError | null {
  if (!Number.isInteger(start)) return outOfRange(a.id, start, a.text.length, "offsets are integers");
  if (!Number.isInteger(end)) return outOfRange(b.id, end, b.text.length, "offsets are integers");
  if (a === b) {
    if (start < 0 || start > a.text.length) return outOfRange(a.id, start, a.text.length, `0 <= start <= ${a.text.length}`);
    if (end < 0 || end > a.text.length) return outOfRange(a.id, end, a.text.length, `0 <= end <= ${a.text.length}`);
    if (end < start) return targetError("end_before_start", `end ${end} is before start ${start}`, { paragraphId: a.id, start, end });
    if (end === start) return targetError("empty_range", "the span covers no text", { paragraphId: a.id, start, end });
    return null;
  }
  if (start < 0 || start >= a.text.length) return outOfRange(a.id, start, a.text.length, `0 <= start < ${a.text.length}`);
  if (end <= 0 || end > b.text.length) return outOfRange(b.id, end, b.text.length, `0 < end <= ${b.text.length}`);
  return null;
}

function checkSurrogates(a: TextBlock, b: TextBlock, start: number, end: number): TargetError | null {
  for (const [block, offset] of [
    [a, start],
    [b, end],
  ] as const) {
    if (splitsSurrogatePair(block.text, offset)) {
      return targetError("split_surrogate", `offset ${offset} in ${block.id} falls inside a surrogate pair`, {
        paragraphId: block.id,
        offset,
      });
    }
  }
  return null;
}

/**
 * Checks a target against a statement's blocks (in reading order) and computes its quote.
 * Cross-block quotes join the covered blocks with "\n"; an endParagraphId equal to paragraphId is dropped.
 */
export function resolveTarget(blocks: readonly TextBlock[], input: TargetInput): Result<ResolvedTarget, TargetError> {
  const startIndex = blocks.findIndex((b) => b.id === input.paragraphId);
  const endId = input.endParagraphId ?? input.paragraphId;
  const endIndex = blocks.findIndex((b) => b.id === endId);
  const a = blocks[startIndex];
  const b = blocks[endIndex];
  if (!a) return err(targetError("unknown_paragraph", `no block ${input.paragraphId}`, { paragraphId: input.paragraphId }));
  if (!b) return err(targetError("unknown_paragraph", `no block ${endId}`, { paragraphId: endId }));
  if (endIndex < startIndex) {
    return err(targetError("end_before_start", `${endId} comes before ${a.id}`, { paragraphId: a.id, endParagraphId: endId }));
  }
  const problem = checkOffsets(a, b, input.start, input.end) ?? checkSurrogates(a, b, input.start, input.end);
  if (problem) return err(problem);

  const span = spanQuote(blocks, { block: startIndex, offset: input.start }, { block: endIndex, offset: input.end });
  if (!span) return err(targetError("unknown_paragraph", `no block ${input.paragraphId}`, { paragraphId: input.paragraphId }));
  if (input.exact !== undefined && input.exact !== span.quote.exact) {
    return err(
      targetError("quote_mismatch", "the quote does not match the text at these offsets", {
        expected: span.quote.exact,
        actual: input.exact,
      }),
    );
  }
  return ok(span);
}
