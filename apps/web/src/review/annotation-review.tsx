import type { Annotation } from "@verbatim/contract";
import { useState } from "react";
import { isOptimisticId } from "../annotations/optimistic-annotation.ts";
import { useMe } from "../queries/use-me.ts";
import { HistoryDialog } from "./history-dialog.tsx";
import { ReviewForm } from "./review-form.tsx";
import { roleAtLeast } from "../team/roles.ts";
import { ReviewStatusLine } from "./review-status-line.tsx";

/** In each side-panel annotation: its review in force, the review controls for reviewers and admins, and its history. */
export function AnnotationReview({ annotation }: { annotation: Annotation; slug: string }) {
  const role = useMe().data?.workspace.role;
  const mayReview = role !== undefined && roleAtLeast(role, "reviewer");
  const [reviewing, setReviewing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  if (isOptimisticId(annotation.id)) return null;

  return (
    <div className="annotation-review">
      {annotation.review && <ReviewStatusLine review={annotation.review} />}
      <div className="annotation-review-actions">
        {mayReview && (
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
