import type { SpanQuote } from "@verbatim/core";

/**
 * A span the reader has selected, as the server will store it (core's selectedSpan): its target in canonical
 * paragraph IDs and UTF-16 offsets, and its quote with prefix and suffix. The create request sends the target
 * with the exact text, so that the server can check it still matches; the unsaved annotation shows the whole quote.
 */
export type TargetDraft = SpanQuote;
