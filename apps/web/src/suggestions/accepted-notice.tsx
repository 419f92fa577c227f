import { type Notice, annotationNotices } from "../annotations/notice-store.ts";
import { useAutoDismiss } from "../annotations/use-auto-dismiss.ts";
import { useUndoAcceptedSuggestions } from "./use-suggestion-mutations.ts";

/** Long enough to see what was accepted and reach Undo; the count restarts while the pointer or focus is on it. */
const NOTICE_MS = 10_000;

/** "Accepted 4 cross-references. Undo": the reader's notice for an accept-all, like a deletion's. */
export function AcceptedNotice({ notice }: { notice: Extract<Notice, { type: "accepted" }> }) {
  const dismiss = () => annotationNotices.dismiss(notice.id);
  const timing = useAutoDismiss(NOTICE_MS, dismiss);
  const undo = useUndoAcceptedSuggestions(notice.slug);
  return (
    <div className="notice notice-info" {...timing}>
      <p>{notice.message}</p>
      <button
        type="button"
        className="button button-quiet"
        disabled={undo.isPending}
        onClick={() => undo.mutate(notice.undo, { onSettled: dismiss })}
      >
        Undo
      </button>
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
