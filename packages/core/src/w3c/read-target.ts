import type { TextQuote } from "../model/annotation.ts";
import { isBlockId } from "../paragraphs/block-id.ts";
import { asArray, iriOf, isRecord, stringOf, stringsOf } from "./json.ts";

export interface ReadTarget {
  source: string | null;
  paragraphId: string | null;
  endParagraphId: string | null;
  /** TextPositionSelector offsets as written: code points within the paragraph(s). */
  codePoints: { start: number; end: number } | null;
  quote: TextQuote | null;
}

const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const hasType = (s: Record<string, unknown>, type: string): boolean => stringsOf(s.type).includes(type);

function readQuote(s: Record<string, unknown>): TextQuote | null {
  if (typeof s.exact !== "string" || s.exact === "") return null;
  return { exact: s.exact, prefix: stringOf(s.prefix) ?? "", suffix: stringOf(s.suffix) ?? "" };
}

/** A FragmentSelector naming a canonical block, with what refines it. */
function readFragment(s: unknown): { id: string; quote: TextQuote | null; position: { start: number; end: number } | null } | null {
  if (!isRecord(s) || !hasType(s, "FragmentSelector")) return null;
  const id = (stringOf(s.value) ?? "").replace(/^#/, "");
  if (!isBlockId(id)) return null;
  const refinements = asArray(s.refinedBy).filter(isRecord);
  const quoteSelector = refinements.find((r) => hasType(r, "TextQuoteSelector"));
  const pos = refinements.find((r) => hasType(r, "TextPositionSelector") && isOffset(r.start) && isOffset(r.end));
  return {
    id,
    quote: quoteSelector ? readQuote(quoteSelector) : null,
    position: pos && isOffset(pos.start) && isOffset(pos.end) ? { start: pos.start, end: pos.end } : null,
  };
}

/** Reads the first target: its source, and Verbatim's selectors or, from other tools, a TextQuoteSelector. */
export function readTarget(annotation: Record<string, unknown>): ReadTarget {
  const target = asArray(annotation.target).find((t) => typeof t === "string" || isRecord(t));
  const read: ReadTarget = { source: null, paragraphId: null, endParagraphId: null, codePoints: null, quote: null };
  if (typeof target === "string") return { ...read, source: target };
  if (!isRecord(target)) return read;
  read.source = iriOf(target.source) ?? iriOf(target);
  for (const s of asArray(target.selector).filter(isRecord)) {
    const single = readFragment(s);
    if (single && (read.paragraphId === null || read.paragraphId === single.id) && read.endParagraphId === null) {
      read.paragraphId = single.id;
      read.quote ??= single.quote;
      if (single.position && single.position.start <= single.position.end) read.codePoints ??= single.position;
    }
    if (hasType(s, "RangeSelector") && read.codePoints === null) {
      const from = readFragment(s.startSelector);
      const to = readFragment(s.endSelector);
      if (from?.position && to?.position) {
        read.paragraphId = from.id;
        read.endParagraphId = to.id === from.id ? null : to.id;
        read.codePoints = { start: from.position.start, end: to.position.start };
      }
    }
    if (hasType(s, "TextQuoteSelector")) read.quote ??= readQuote(s);
  }
  return read;
}
