import { useEffect, useRef } from "react";
import { ariaKeys, keyLabels, REVIEW_SHORTCUTS, type Shortcut, withKeys } from "../keyboard/index.ts";
import type { ReviewDecision } from "./use-review-annotation.ts";

export type CommentMode = "closed" | "comment" | "dispute";

interface QueueDecisionProps {
  mode: CommentMode;
  comment: string;
  pending: boolean;
  onMode: (mode: CommentMode) => void;
  onComment: (comment: string) => void;
  onDecide: (decision: ReviewDecision) => void;
}

const BUTTONS: { decision: ReviewDecision; label: string; shortcut: Shortcut }[] = [
  { decision: "accepted", label: "Accept", shortcut: REVIEW_SHORTCUTS.accept },
  { decision: "rejected", label: "Reject", shortcut: REVIEW_SHORTCUTS.reject },
  { decision: "disputed", label: "Dispute", shortcut: REVIEW_SHORTCUTS.dispute },
];

/**
 * The current item's decision: buttons for each (with their keys), and a comment field. D opens the field to
 * say why; Enter sends the dispute and Escape cancels. A and R take the comment typed in the field, if any.
 */
export function QueueDecision({ mode, comment, pending, onMode, onComment, onDecide }: QueueDecisionProps) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (mode !== "closed") field.current?.focus();
  }, [mode]);

  return (
    <div className="queue-decision">
      <div className="queue-decision-buttons">
        {BUTTONS.map((b) => (
          <button
            key={b.decision}
            type="button"
            className={`button button-secondary decision-${b.decision}`}
            disabled={pending}
            aria-keyshortcuts={ariaKeys(b.shortcut)}
            title={withKeys(b.label, b.shortcut)}
            onClick={() => onDecide(b.decision)}
          >
            {b.label} <kbd aria-hidden="true">{keyLabels(b.shortcut).join(" ")}</kbd>
          </button>
        ))}
        {mode === "closed" && (
          <button type="button" className="button button-quiet" onClick={() => onMode("comment")}>
            Comment
          </button>
        )}
      </div>
      {mode !== "closed" && (
        <div className="field queue-comment">
          <label htmlFor="queue-comment">{mode === "dispute" ? "Why is it disputed?" : "Comment (optional)"}</label>
          <input
            ref={field}
            id="queue-comment"
            type="text"
            maxLength={2000}
            value={comment}
            disabled={pending}
            aria-describedby="queue-comment-hint"
            onChange={(e) => onComment(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && mode === "dispute") {
                e.preventDefault();
                onDecide("disputed");
              } else if (e.key === "Escape") {
                e.preventDefault();
                onMode("closed");
              }
            }}
          />
          <p className="field-hint" id="queue-comment-hint">
            {mode === "dispute" ? "Enter disputes it; Escape cancels." : "Sent with the decision you choose; Escape cancels."}
          </p>
        </div>
      )}
    </div>
  );
}
