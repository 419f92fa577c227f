import { isHttpUrl } from "./http-url.ts";
import { parseStatementParagraphRef } from "./statement-paragraph-ref.ts";
import { isUnDocumentSymbol } from "./un-symbol.ts";

export type CrossReferenceTargetType = "instrument" | "un-symbol" | "paragraph" | "url";

/**
 * What a cross-reference's `target` names. A key of the workspace's instrument registry wins, even
 * when the key is itself a UN symbol (A/RES/74/247); then a statement's `slug#pN`, a URL, a UN symbol.
 */
export function classifyCrossReferenceTarget(
  target: string,
  instrumentKeys: ReadonlySet<string>,
): { type: CrossReferenceTargetType } | null {
  if (instrumentKeys.has(target)) return { type: "instrument" };
  if (parseStatementParagraphRef(target)) return { type: "paragraph" };
  if (isHttpUrl(target)) return { type: "url" };
  if (isUnDocumentSymbol(target)) return { type: "un-symbol" };
  return null;
}
