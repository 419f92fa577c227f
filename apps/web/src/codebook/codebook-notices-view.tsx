import { useAutoDismiss } from "../annotations/use-auto-dismiss.ts";
import { type CodebookNotice, codebookNotices, useCodebookNotices } from "./codebook-notices.ts";
import { useUndoCodebookChange } from "./use-codebook-mutations.ts";

/** Long enough to read the message and reach Undo; the count restarts while the pointer or focus is on it. */
const NOTICE_MS = 10_000;

/** "Renamed ‘x’ to ‘y’ · 12 annotations · Undo": done changes in a status region, failures in an alert region. */
export function CodebookNoticesView() {
  const notices = useCodebookNotices();
  return (
    <div className="annotation-notices codebook-notices">
      <div role="alert" className="notice-stack">
        {notices
          .filter((n) => n.type === "error")
          .map((n) => (
            <div key={n.id} className="notice notice-error">
              <p>{n.message}</p>
              <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => codebookNotices.dismiss(n.id)}>
                ×
              </button>
            </div>
          ))}
      </div>
      <div role="status" className="notice-stack">
        {notices.map((n) => (n.type === "done" ? <DoneNotice key={n.id} notice={n} /> : null))}
      </div>
    </div>
  );
}

function DoneNotice({ notice }: { notice: Extract<CodebookNotice, { type: "done" }> }) {
  const dismiss = () => codebookNotices.dismiss(notice.id);
  const timing = useAutoDismiss(NOTICE_MS, dismiss);
  const undo = useUndoCodebookChange();
  return (
    <div className="notice notice-info" {...timing}>
      <p>{notice.message}</p>
      {notice.undo && (
        <button
          type="button"
          className="button button-quiet"
          disabled={undo.isPending}
          onClick={() => {
            if (notice.undo) undo.mutate(notice.undo, { onSettled: dismiss });
          }}
        >
          Undo
        </button>
      )}
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
