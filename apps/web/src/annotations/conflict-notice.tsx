import { type Notice, annotationNotices } from "./notice-store.ts";
import { useUpdateAnnotation } from "./use-update-annotation.ts";

/**
 * Someone else saved this annotation first. The page already shows their version; "Keep mine" sends this
 * edit again on top of it, "Use theirs" drops it. (A merge view is a later issue.)
 */
export function ConflictNotice({ notice }: { notice: Extract<Notice, { type: "conflict" }> }) {
  const update = useUpdateAnnotation(notice.slug);
  const dismiss = () => annotationNotices.dismiss(notice.id);
  const keepMine = () => {
    dismiss();
    update.mutate({ annotation: notice.current, changes: notice.changes });
  };
  return (
    <div className="notice notice-conflict">
      <p>
        Someone else changed this annotation (“{excerpt(notice.current.quote.exact)}”) while you were editing it, so your changes were not
        saved. The page now shows their version.
      </p>
      <div className="notice-actions">
        <button type="button" className="button button-quiet" onClick={keepMine}>
          Keep mine
        </button>
        <button type="button" className="button button-quiet" onClick={dismiss}>
          Use theirs
        </button>
      </div>
    </div>
  );
}

function excerpt(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
