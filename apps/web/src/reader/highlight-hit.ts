import type { Annotation } from "@verbatim/contract";
import type { TextPoint } from "@verbatim/core";
import type { TextRun } from "./block-index.ts";
import type { HighlightSpan } from "./highlight-spans.ts";

/** The painted spans looked up by block (for hit-testing) and by annotation (for the overlay layers). */
export interface SpanLookup {
  byBlock: ReadonlyMap<number, readonly HighlightSpan[]>;
  byAnnotation: ReadonlyMap<string, readonly TextRun[]>;
}

function group<K, V>(spans: readonly HighlightSpan[], key: (s: HighlightSpan) => K, value: (s: HighlightSpan) => V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const span of spans) {
    const k = key(span);
    const list = map.get(k);
    if (list) list.push(value(span));
    else map.set(k, [value(span)]);
  }
  return map;
}

/**
 * Both maps are built on first use: painting does not need them, so a statement with thousands of
 * annotations shows its highlights before anyone hovers, clicks or selects one.
 */
export function lookupSpans(spans: readonly HighlightSpan[]): SpanLookup {
  let byBlock: Map<number, HighlightSpan[]> | undefined;
  let byAnnotation: Map<string, TextRun[]> | undefined;
  return {
    get byBlock() {
      return (byBlock ??= group(
        spans,
        (s) => s.block,
        (s) => s,
      ));
    },
    get byAnnotation() {
      return (byAnnotation ??= group(
        spans,
        (s) => s.annotation.id,
        ({ block, start, end }) => ({ block, start, end }),
      ));
    },
  };
}

const size = (span: HighlightSpan): number => span.annotation.quote.exact.length || span.end - span.start;

/**
 * The annotations painted at a point, the most specific (shortest) first. "char" asks about the character
 * after the point (under the pointer); "caret" about a caret there, which touches the characters on both sides.
 */
export function annotationsAt(lookup: SpanLookup, point: TextPoint, mode: "char" | "caret"): Annotation[] {
  const spans = lookup.byBlock.get(point.block) ?? [];
  const hits = spans.filter((s) =>
    mode === "char" ? s.start <= point.offset && point.offset < s.end : s.start <= point.offset && point.offset <= s.end,
  );
  hits.sort((a, b) => size(a) - size(b));
  return hits.map((s) => s.annotation);
}

/** Which of the annotations at a point to open: the first, or the one after the open one, so repeats cycle. */
export function nextToOpen(candidates: readonly Annotation[], selectedId: string | null): Annotation | undefined {
  const at = candidates.findIndex((a) => a.id === selectedId);
  return candidates[at < 0 ? 0 : (at + 1) % candidates.length];
}
