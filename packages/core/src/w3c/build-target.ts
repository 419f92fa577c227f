import { toCodePointOffset } from "../anchoring/code-points.ts";
import type { TextQuote, TextTarget } from "../model/annotation.ts";
import { FRAGMENT_CONFORMS_TO } from "./vocabulary.ts";
import type { W3cFragmentSelector, W3cSelector, W3cTarget, W3cTextPositionSelector, W3cTextQuoteSelector } from "./w3c-types.ts";

const fragment = (paragraphId: string, refinedBy?: W3cFragmentSelector["refinedBy"]): W3cFragmentSelector => ({
  type: "FragmentSelector",
  conformsTo: FRAGMENT_CONFORMS_TO,
  value: paragraphId,
  ...(refinedBy ? { refinedBy } : {}),
});
const position = (start: number, end: number): W3cTextPositionSelector => ({ type: "TextPositionSelector", start, end });
const quoteSelector = (q: TextQuote): W3cTextQuoteSelector => ({
  type: "TextQuoteSelector",
  exact: q.exact,
  prefix: q.prefix,
  suffix: q.suffix,
});

/**
 * Code point positions of the span, or null when a block's text is missing or no longer holds the
 * quote at the offsets (a text from another revision would give wrong positions).
 */
function codePointSpan(target: TextTarget, quote: TextQuote, textOf: (id: string) => string | undefined): [number, number] | null {
  const startText = textOf(target.paragraphId);
  const endText = textOf(target.endParagraphId ?? target.paragraphId);
  if (startText === undefined || endText === undefined) return null;
  const fits = target.endParagraphId
    ? quote.exact.startsWith(`${startText.slice(target.start)}\n`) && quote.exact.endsWith(`\n${endText.slice(0, target.end)}`)
    : startText.slice(target.start, target.end) === quote.exact;
  const start = toCodePointOffset(startText, target.start);
  const end = toCodePointOffset(endText, target.end);
  return fits && start !== null && end !== null ? [start, end] : null;
}

/**
 * The exported target: the statement as source, selected by alternatives. A single-paragraph span is
 * a FragmentSelector for the paragraph refined by a TextQuoteSelector, and again refined by a
 * TextPositionSelector (code points). A cross-paragraph span is a RangeSelector between two points
 * (each a FragmentSelector refined by a zero-width TextPositionSelector; the range ends before the
 * end point, W3C model 4.2.9) and a TextQuoteSelector whose exact joins the paragraphs with "\n".
 * Positions are left out when the paragraph text is not known.
 */
export function buildTarget(source: string, target: TextTarget, quote: TextQuote, textOf: (id: string) => string | undefined): W3cTarget {
  const span = codePointSpan(target, quote, textOf);
  const selector: W3cSelector[] = [];
  if (target.endParagraphId && target.endParagraphId !== target.paragraphId) {
    if (span) {
      selector.push({
        type: "RangeSelector",
        startSelector: fragment(target.paragraphId, position(span[0], span[0])),
        endSelector: fragment(target.endParagraphId, position(span[1], span[1])),
      });
    }
    selector.push(quoteSelector(quote));
  } else {
    selector.push(fragment(target.paragraphId, quoteSelector(quote)));
    if (span) selector.push(fragment(target.paragraphId, position(span[0], span[1])));
  }
  return { type: "SpecificResource", source, selector };
}
