import { fromW3cAnnotation, type TextBlock } from "@verbatim/core";

/** What reading one Web Annotation came to, as it crosses back from a worker thread. */
export type W3cRead = ReturnType<typeof fromW3cAnnotation>;

/** Reads each annotation's kind, bodies and target, without placing it in any text (pool task). */
export function readW3cItems(input: { items: unknown[] }): W3cRead[] {
  return input.items.map((json) => fromW3cAnnotation(json));
}

/**
 * Reads each annotation again and places it in its statement's blocks: by its positions, or by finding its quote,
 * fuzzily when the text changed (pool task). Finding a quote costs up to tens of milliseconds against a long text,
 * so thousands of them are work for a thread, not for the thread that serves requests.
 */
export function anchorW3cItems(input: { items: { json: unknown; statementId: string }[]; blocks: Record<string, TextBlock[]> }): W3cRead[] {
  return input.items.map(({ json, statementId }) => fromW3cAnnotation(json, { blocks: input.blocks[statementId] ?? [] }));
}
