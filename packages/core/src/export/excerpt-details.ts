import { type AttributePair, describeAttributes } from "./describe-attributes.ts";
import type { ExportItem } from "./export-item.ts";
import { reviewSummary } from "./review-summary.ts";
import { oneLine } from "./text.ts";

/**
 * What a brief prints under an excerpt's citation, as labelled pairs: its attributes, labels, note, status
 * and review comment. The note and comment keep their line breaks; empty entries are left out.
 */
export function excerptDetails(item: ExportItem): AttributePair[] {
  const { labels, note } = item.annotation;
  const pairs: AttributePair[] = [
    ...describeAttributes(item),
    [
      "Labels",
      labels
        .map(oneLine)
        .filter((label) => label.length > 0)
        .join(", "),
    ],
    ["Note", note?.trim() ?? ""],
    ["Status", reviewSummary(item)],
    ["Review comment", item.review?.comment?.trim() ?? ""],
  ];
  return pairs.filter(([, value]) => value.length > 0);
}
