import { UNDO_WINDOW_MS } from "../annotations/deleted-notice.tsx";
import { useAutoDismiss } from "../annotations/use-auto-dismiss.ts";

/** "Comment deleted. Undo", in the thread, for a few seconds (longer while pointer or focus is on it). */
export function DeletedCommentNotice({ onUndo, onDismiss }: { onUndo: () => void; onDismiss: () => void }) {
  const timing = useAutoDismiss(UNDO_WINDOW_MS, onDismiss);
  return (
    <div className="notice notice-deleted comment-notice" role="status" {...timing}>
      <p>Comment deleted.</p>
      <button type="button" className="button button-quiet" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
