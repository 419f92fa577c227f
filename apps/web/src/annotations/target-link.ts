import { classifyCrossReferenceTarget, parseStatementParagraphRef } from "@verbatim/core";
import { instrumentPath } from "../instruments/instrument-query.ts";

/**
 * Where a cross-reference's target can be opened: another statement's paragraph in this app, a URL as it is, and a
 * registry instrument or a UN document symbol on its page here (who cites it; the page links to undocs.org).
 */
export function crossReferenceHref(target: string, instrumentKeys: ReadonlySet<string>): string | null {
  const kind = classifyCrossReferenceTarget(target, instrumentKeys);
  if (!kind) return null;
  if (kind.type === "paragraph") {
    const ref = parseStatementParagraphRef(target);
    return ref ? `/s/${encodeURIComponent(ref.slug)}#${ref.paragraphId}` : null;
  }
  if (kind.type === "url") return target;
  return instrumentPath(target);
}
