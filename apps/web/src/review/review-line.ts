import type { AnnotationReviewInfo } from "@verbatim/contract";
import { quoted } from "@verbatim/core";
import { STATUS_LABELS } from "../lib/taxonomy-labels.ts";

/** "Accepted by Rex": the review's decision and who made it (the time and comment are shown beside it). */
export function reviewHeadline(review: AnnotationReviewInfo): string {
  return `${STATUS_LABELS[review.status]} by ${review.reviewer.name}`;
}

/** The quote as a status message quotes it: on one line, cut at about 60 characters. */
export function shortQuote(exact: string, max = 60): string {
  const line = exact.replace(/\s+/g, " ").trim();
  return quoted(line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line);
}
