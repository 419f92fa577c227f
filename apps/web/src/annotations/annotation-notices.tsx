import { AcceptedNotice } from "../suggestions/accepted-notice.tsx";
import { ConflictNotice } from "./conflict-notice.tsx";
import { DeletedNotice } from "./deleted-notice.tsx";
import { type Notice, annotationNotices, useNotices } from "./notice-store.ts";
import { useAutoDismiss } from "./use-auto-dismiss.ts";

const INFO_MS = 4000;

/**
 * The messages about annotation saves, deletions and conflicts. Failures go in an alert region, deletions and
 * confirmations in a status region; both regions stay in the page so screen readers announce what appears.
 * <AnnotationPanel> renders this once; render it yourself only where there is no panel.
 */
export function AnnotationNotices() {
  const notices = useNotices();
  const urgent = notices.filter((n) => n.type === "error" || n.type === "conflict");
  const polite = notices.filter((n) => n.type === "deleted" || n.type === "info" || n.type === "accepted");
  const latestDeleted = polite.findLast((n) => n.type === "deleted");
  return (
    <div className="annotation-notices">
      <div role="alert" className="notice-stack">
        {urgent.map((n) => (
          <NoticeView key={n.id} notice={n} latest={false} />
        ))}
      </div>
      <div role="status" className="notice-stack">
        {polite.map((n) => (
          <NoticeView key={n.id} notice={n} latest={n === latestDeleted} />
        ))}
      </div>
    </div>
  );
}

function NoticeView({ notice, latest }: { notice: Notice; latest: boolean }) {
  switch (notice.type) {
    case "deleted":
      return <DeletedNotice notice={notice} latest={latest} />;
    case "conflict":
      return <ConflictNotice notice={notice} />;
    case "accepted":
      return <AcceptedNotice notice={notice} />;
    case "info":
      return <InfoNotice id={notice.id} message={notice.message} />;
    case "error":
      return (
        <div className="notice notice-error">
          <p>{notice.message}</p>
          <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => annotationNotices.dismiss(notice.id)}>
            ×
          </button>
        </div>
      );
  }
}

function InfoNotice({ id, message }: { id: string; message: string }) {
  const timing = useAutoDismiss(INFO_MS, () => annotationNotices.dismiss(id));
  return (
    <div className="notice notice-info" {...timing}>
      <p>{message}</p>
    </div>
  );
}
