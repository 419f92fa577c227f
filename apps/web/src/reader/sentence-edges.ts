import type { TextRange } from "@verbatim/core";

export type Direction = "forward" | "backward";

/**
 * Where taking in one more sentence moves an edge of the selection: forward, the end of the first sentence
 * that ends after `pos`; backward, the start of the first that starts before it. `sentences` come in the
 * direction's order (nearest first), so a caller can produce them lazily, block by block. Null at the text's end.
 */
export function nextSentenceEdge(sentences: Iterable<TextRange>, pos: number, direction: Direction): number | null {
  for (const sentence of sentences) {
    if (direction === "forward" && sentence.end > pos) return sentence.end;
    if (direction === "backward" && sentence.start < pos) return sentence.start;
  }
  return null;
}
