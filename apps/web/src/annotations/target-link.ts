import { classifyCrossReferenceTarget, parseStatementParagraphRef } from "@verbatim/core";

/**
 * Where a cross-reference's target can be opened: another statement's paragraph in this app, a URL as it is, a
 * UN document symbol on undocs.org. Registry instruments have no page of their own here (null).
 */
export function crossReferenceHref(target: string, instrumentKeys: ReadonlySet<string>): string | null {
  const kind = classifyCrossReferenceTarget(target, instrumentKeys);
  if (!kind) return null;
  if (kind.type === "paragraph") {
    const ref = parseStatementParagraphRef(target);
    return ref ? `/s/${encodeURIComponent(ref.slug)}#${ref.paragraphId}` : null;
  }
  if (kind.type === "url") return target;
  if (kind.type === "un-symbol") return `https://undocs.org/${encodeURI(target)}`;
  return null;
}
