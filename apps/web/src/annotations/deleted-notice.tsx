import { useEffect } from "react";
import { ariaKeys, READER_SHORTCUTS, withKeys } from "../keyboard/index.ts";
import { type Notice, annotationNotices } from "./notice-store.ts";
import { isTextEditingTarget, isUndoShortcut } from "./undo-shortcut.ts";
import { useAutoDismiss } from "./use-auto-dismiss.ts";
import { useRestoreAnnotation } from "./use-restore-annotation.ts";

export const UNDO_WINDOW_MS = 8000;

interface DeletedNoticeProps {
  notice: Extract<Notice, { type: "deleted" }>;
  /** Only the newest deletion answers Ctrl/Cmd+Z. */
  latest: boolean;
}

/** "Annotation deleted. Undo", for a few seconds; Ctrl/Cmd+Z undoes it too while it shows. */
export function DeletedNotice({ notice, latest }: DeletedNoticeProps) {
  const restore = useRestoreAnnotation(notice.slug);
  const dismiss = () => annotationNotices.dismiss(notice.id);
  const timing = useAutoDismiss(UNDO_WINDOW_MS, dismiss);

  const undo = () => {
    annotationNotices.dismiss(notice.id);
    restore.mutate({ annotation: notice.annotation, deletion: notice.deletion });
    annotationNotices.add({ type: "info", message: "Annotation restored." });
  };

  useEffect(() => {
    if (!latest) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isUndoShortcut(e) || isTextEditingTarget(e.target)) return;
      e.preventDefault();
      undo();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  });

  return (
    <div className="notice notice-deleted" {...timing}>
      <p>Annotation deleted.</p>
      <button
        type="button"
        className="button button-quiet"
        onClick={undo}
        aria-keyshortcuts={ariaKeys(READER_SHORTCUTS.undoDelete)}
        title={withKeys("Undo", READER_SHORTCUTS.undoDelete)}
      >
        Undo
      </button>
      <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
