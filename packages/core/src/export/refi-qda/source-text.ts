import type { RefiAnnotation, RefiParagraph } from "./types.ts";

/** Between blocks in a source's text: a blank line, so each paragraph reads as one in a QDA tool. */
export const BLOCK_SEPARATOR = "\n\n";

const codePoints = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export interface SourceText {
  /** The statement's blocks (headings and paragraphs, in reading order), joined by a blank line. */
  text: string;
  /** Length of `text` in Unicode code points. */
  length: number;
  /** The target's span as code points from the start of `text`, or null when its paragraphs are not in it. */
  locate(target: RefiAnnotation["target"]): { start: number; end: number } | null;
}

/**
 * A statement as a REFI-QDA plain-text source. The title is not part of the text (it is the source's name), so the
 * text is the statement's words alone and a selection counts from its first word. REFI-QDA counts positions in
 * code points (specification §10.2); Verbatim's targets are UTF-16 offsets within a paragraph, so each offset is
 * converted: the code points before the paragraph, separators included, plus those of the paragraph's text before the
 * offset (an offset inside a surrogate pair counts the pair). Offsets past the paragraph's end are held to it.
 */
export function sourceText(paragraphs: readonly RefiParagraph[]): SourceText {
  const index = new Map<string, number>();
  const starts: number[] = [];
  let at = 0;
  paragraphs.forEach((p, i) => {
    if (!index.has(p.id)) index.set(p.id, i);
    starts.push(at);
    at += codePoints(p.text) + (i < paragraphs.length - 1 ? codePoints(BLOCK_SEPARATOR) : 0);
  });
  const position = (i: number, offset: number): number => {
    const text = paragraphs[i]?.text ?? "";
    return (starts[i] ?? 0) + codePoints(text.slice(0, Math.max(0, Math.min(offset, text.length))));
  };
  return {
    text: paragraphs.map((p) => p.text).join(BLOCK_SEPARATOR),
    length: at,
    locate(target) {
      const first = index.get(target.paragraphId);
      const last = index.get(target.endParagraphId ?? target.paragraphId);
      if (first === undefined || last === undefined || last < first) return null;
      const start = position(first, target.start);
      const end = position(last, target.end);
      return end < start ? null : { start, end };
    },
  };
}
