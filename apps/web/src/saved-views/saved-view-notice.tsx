import { UNDO_WINDOW_MS } from "../annotations/deleted-notice.tsx";
import { useAutoDismiss } from "../annotations/use-auto-dismiss.ts";
import { errorMessage } from "../lib/error-message.ts";
import type { SavedView } from "./saved-views-query.ts";
import { useRestoreSavedView } from "./use-saved-view-mutations.ts";

const INFO_MS = 6000;

/** What the saved views say about the last thing done: a delete (with Undo), a save, a copied link, or a failure. */
export type ViewNotice =
  | { type: "deleted"; view: SavedView }
  | { type: "info"; message: string }
  /** The clipboard was refused: the link is shown to copy by hand. */
  | { type: "link"; name: string; url: string }
  | { type: "error"; message: string };

interface NoticeProps {
  notice: (ViewNotice & { id: number }) | null;
  onShow: (notice: ViewNotice) => void;
  onDismiss: (id: number) => void;
}

/**
 * The saved views' toast, in a status region that stays in the page so screen readers announce what appears in it;
 * the annotation notices' frame and timing (it stays while the pointer or focus is on it).
 */
export function SavedViewNotice({ notice, onShow, onDismiss }: NoticeProps) {
  return (
    <div className="annotation-notices saved-view-notices">
      <div role="status" className="notice-stack">
        {notice && <NoticeBody key={notice.id} notice={notice} onShow={onShow} dismiss={() => onDismiss(notice.id)} />}
      </div>
    </div>
  );
}

function NoticeBody({ notice, onShow, dismiss }: { notice: ViewNotice; onShow: (n: ViewNotice) => void; dismiss: () => void }) {
  const timing = useAutoDismiss(notice.type === "deleted" ? UNDO_WINDOW_MS : INFO_MS, notice.type === "error" ? () => {} : dismiss);
  const restore = useRestoreSavedView();
  const close = (
    <button type="button" className="notice-close" aria-label="Dismiss" onClick={dismiss}>
      ×
    </button>
  );
  switch (notice.type) {
    case "deleted": {
      const { view } = notice;
      const undo = () => {
        if (restore.isPending) return;
        restore.mutate(
          { id: view.id },
          {
            onSuccess: () => onShow({ type: "info", message: `Restored “${view.name}”.` }),
            onError: (error) =>
              onShow({ type: "error", message: `“${view.name}” could not be restored. ${errorMessage(error, ["conflict"])}` }),
          },
        );
      };
      return (
        <div className="notice notice-deleted" {...timing}>
          <p>Deleted “{view.name}”.</p>
          <button type="button" className="button button-quiet" onClick={undo} aria-disabled={restore.isPending || undefined}>
            {restore.isPending ? "Restoring…" : "Undo"}
          </button>
          {close}
        </div>
      );
    }
    case "link":
      return (
        <div className="notice notice-info" {...timing}>
          <p>
            <label>
              Copy the link to “{notice.name}”:{" "}
              <input className="saved-view-link" readOnly value={notice.url} onFocus={(e) => e.currentTarget.select()} />
            </label>
          </p>
          {close}
        </div>
      );
    case "info":
      return (
        <div className="notice notice-info" {...timing}>
          <p>{notice.message}</p>
          {close}
        </div>
      );
    case "error":
      return (
        <div className="notice notice-error">
          <p>{notice.message}</p>
          {close}
        </div>
      );
  }
}
