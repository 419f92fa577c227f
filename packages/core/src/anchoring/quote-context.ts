import { splitsSurrogatePair } from "./code-points.ts";

/** How much text a quote keeps on each side of the span (DESIGN.md: up to 32 characters). */
export const QUOTE_CONTEXT_LENGTH = 32;

/** Up to `max` UTF-16 units before `start`, shortened by one rather than begin inside a surrogate pair. */
export function prefixBefore(text: string, start: number, max = QUOTE_CONTEXT_LENGTH): string {
  let from = Math.max(0, start - max);
  if (splitsSurrogatePair(text, from)) from += 1;
  return text.slice(from, start);
}

/** Up to `max` UTF-16 units after `end`, shortened by one rather than end inside a surrogate pair. */
export function suffixAfter(text: string, end: number, max = QUOTE_CONTEXT_LENGTH): string {
  let to = Math.min(text.length, end + max);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return text.slice(end, to);
}
