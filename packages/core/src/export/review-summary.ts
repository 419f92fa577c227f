import type { ExportItem } from "./export-item.ts";
import { formatDate } from "../dates/format-date.ts";
import { capitalise, oneLine } from "./text.ts";

/**
 * The annotation's status in words: "Accepted by Rita Reviewer on 3 February 2024", "Proposed", or, for an
 * annotation edited back to proposed after a review, "Proposed (last review: accepted by … on …)".
 */
export function reviewSummary(item: ExportItem): string {
  const { status } = item.annotation;
  const { review } = item;
  if (review === null) return capitalise(status);
  const decision = `${review.status} by ${oneLine(review.reviewer)} on ${formatDate(review.at)}`;
  return review.status === status ? capitalise(decision) : `${capitalise(status)} (last review: ${decision})`;
}
