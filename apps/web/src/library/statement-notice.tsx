import type { ReactNode } from "react";
import { Link } from "react-router";
import { UNDO_WINDOW_MS } from "../annotations/deleted-notice.tsx";
import { useAutoDismiss } from "../annotations/use-auto-dismiss.ts";
import { errorMessage } from "../lib/error-message.ts";
import { useRestoreStatement } from "../queries/use-restore-statement.ts";
import { type StatementNotice as Notice, statementNotices, useStatementNotice } from "./statement-notices.ts";

const INFO_MS = 6000;

/**
 * The library's toast about a statement that has just left it ("Statement deleted." with Undo) or come back. The
 * status region stays in the page, so screen readers announce what appears in it; the toast stays while the
 * pointer or focus is on it (useAutoDismiss), as the annotation notices do.
 */
export function StatementNotices() {
  const notice = useStatementNotice();
  return (
    <div className="annotation-notices statement-notices">
      <div role="status" className="notice-stack">
        {notice && <NoticeView key={notice.id} notice={notice} id={notice.id} />}
      </div>
    </div>
  );
}

function NoticeView({ notice, id }: { notice: Notice; id: number }) {
  switch (notice.type) {
    case "deleted":
      return <DeletedNotice slug={notice.slug} title={notice.title} id={id} />;
    case "restored":
      return (
        <TimedNotice id={id} ms={INFO_MS} className="notice notice-info">
          <p>
            Restored <Link to={`/s/${encodeURIComponent(notice.slug)}`}>{notice.title}</Link>.
          </p>
        </TimedNotice>
      );
    case "error":
      return (
        <div className="notice notice-error">
          <p>{notice.message}</p>
          <DismissButton id={id} />
        </div>
      );
  }
}

function DeletedNotice({ slug, title, id }: { slug: string; title: string; id: number }) {
  const restore = useRestoreStatement();
  const undo = () => {
    if (restore.isPending) return;
    restore.mutate(
      { slug },
      {
        onSuccess: () => statementNotices.show({ type: "restored", slug, title }),
        onError: (error) => statementNotices.show({ type: "error", message: `“${title}” could not be restored. ${errorMessage(error)}` }),
      },
    );
  };
  return (
    <TimedNotice id={id} ms={UNDO_WINDOW_MS} className="notice notice-deleted">
      <p>Statement deleted.</p>
      <button type="button" className="button button-quiet" onClick={undo} aria-disabled={restore.isPending || undefined}>
        {restore.isPending ? "Restoring…" : "Undo"}
      </button>
      <DismissButton id={id} />
    </TimedNotice>
  );
}

function TimedNotice({ id, ms, className, children }: { id: number; ms: number; className: string; children: ReactNode }) {
  const timing = useAutoDismiss(ms, () => statementNotices.dismiss(id));
  return (
    <div className={className} {...timing}>
      {children}
    </div>
  );
}

function DismissButton({ id }: { id: number }) {
  return (
    <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => statementNotices.dismiss(id)}>
      ×
    </button>
  );
}
