import type { AnnotationReviewInfo } from "@verbatim/contract";
import { fullTime, relativeTime } from "../lib/relative-time.ts";
import { reviewHeadline } from "./review-line.ts";

/** "Accepted by Rex · 2 hours ago — Matches the record": the review in force, in one line. */
export function ReviewStatusLine({ review }: { review: AnnotationReviewInfo }) {
  return (
    <p className={`review-line review-${review.status}`}>
      <span className="review-line-who">{reviewHeadline(review)}</span> ·{" "}
      <time dateTime={review.at} title={fullTime(review.at)}>
        {relativeTime(review.at)}
      </time>
      {review.comment && <span className="review-line-comment"> — {review.comment}</span>}
    </p>
  );
}
