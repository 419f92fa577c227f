import type { VerdictInboxItem } from "@verbatim/contract";
import { KIND_LABELS } from "../lib/taxonomy-labels.ts";

/**
 * What a verdict item says between the reviewer's name and the statement's title: "accepted your position on ¶4
 * of", or "… in" when the current text has no numbered paragraph there. The status reads as the verb.
 */
export function verdictPhrase(item: Pick<VerdictInboxItem, "review" | "annotation">): string {
  const { annotation } = item;
  const where = annotation.paragraphNumber === null ? "in" : `on ¶${annotation.paragraphNumber} of`;
  return `${item.review.status} your ${KIND_LABELS[annotation.kind].toLowerCase()} ${where}`;
}
