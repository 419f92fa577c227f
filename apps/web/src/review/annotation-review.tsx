import type { Annotation } from "@verbatim/contract";
import { useState } from "react";
import { isOptimisticId } from "../annotations/optimistic-annotation.ts";
import { HistoryDialog } from "./history-dialog.tsx";
import { ReviewForm } from "./review-form.tsx";
import { ReviewStatusLine } from "./review-status-line.tsx";

/** In each side-panel annotation: its review in force, the review controls where the API allows them, and its history. */
export function AnnotationReview({ annotation }: { annotation: Annotation; slug: string }) {
  const [reviewing, setReviewing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  if (isOptimisticId(annotation.id)) return null;

  return (
    <div className="annotation-review">
      {annotation.review && <ReviewStatusLine review={annotation.review} />}
      <div className="annotation-review-actions">
        {annotation.can.review && (
          <button type="button" className="button button-quiet" aria-expanded={reviewing} onClick={() => setReviewing((r) => !r)}>
            Review
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={() => setShowHistory(true)}>
          History
        </button>
      </div>
      {reviewing && <ReviewForm annotation={annotation} onDone={() => setReviewing(false)} />}
      {showHistory && <HistoryDialog annotation={annotation} onClose={() => setShowHistory(false)} />}
    </div>
  );
}
