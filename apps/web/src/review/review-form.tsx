import type { Annotation } from "@verbatim/contract";
import { useId, useState } from "react";
import { reviewErrorMessage } from "./review-errors.ts";
import { type ReviewDecision, useReviewAnnotation } from "./use-review-annotation.ts";

const DECISIONS: { status: ReviewDecision; label: string }[] = [
  { status: "accepted", label: "Accept" },
  { status: "rejected", label: "Reject" },
  { status: "disputed", label: "Dispute" },
];

/** Accept, reject or dispute one annotation, with an optional comment (the side panel's review controls). */
export function ReviewForm({ annotation, onDone }: { annotation: Annotation; onDone: () => void }) {
  const review = useReviewAnnotation();
  const [comment, setComment] = useState("");
  const id = useId();
  const decide = (status: ReviewDecision) =>
    review.mutate(
      { annotation, status, comment },
      {
        onSuccess: () => {
          setComment("");
          onDone();
        },
      },
    );

  return (
    <div className="review-form" role="group" aria-label="Review this annotation">
      <label htmlFor={id} className="review-form-label">
        Review comment (optional)
      </label>
      <input
        id={id}
        type="text"
        maxLength={2000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onDone();
          }
        }}
      />
      <div className="review-form-buttons">
        {DECISIONS.map((d) => (
          <button
            key={d.status}
            type="button"
            className={`button button-secondary review-${d.status}`}
            disabled={review.isPending}
            aria-pressed={annotation.status === d.status}
            onClick={() => decide(d.status)}
          >
            {d.label}
          </button>
        ))}
      </div>
      {review.isError && (
        <p className="field-error" role="alert">
          {reviewErrorMessage(review.error)}
        </p>
      )}
    </div>
  );
}
