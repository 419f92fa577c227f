import { quoted } from "@verbatim/core";
import { useState } from "react";
import { ConflictDialog } from "./conflict-dialog.tsx";
import { type Notice, annotationNotices } from "./notice-store.ts";
import { useUpdateAnnotation } from "./use-update-annotation.ts";

type ConflictNotice = Extract<Notice, { type: "conflict" }>;

/**
 * Someone else saved this annotation first. The page already shows their version; "Keep mine" sends this edit
 * again on top of it, "Use theirs" drops it, and "Compare and merge" shows both, field by field.
 */
export function ConflictNotice({ notice }: { notice: ConflictNotice }) {
  const update = useUpdateAnnotation(notice.slug);
  const [comparing, setComparing] = useState(false);
  const dismiss = () => annotationNotices.dismiss(notice.id);
  const keepMine = () => {
    dismiss();
    update.mutate({ annotation: notice.current, changes: notice.changes });
  };
  return (
    <div className="notice notice-conflict">
      <p>
        Someone else changed this annotation ({quoted(excerpt(notice.current.quote.exact))}) while you were editing it, so your changes were
        not saved. The page now shows their version.
      </p>
      <div className="notice-actions">
        <button type="button" className="button button-quiet" onClick={() => setComparing(true)}>
          Compare and merge…
        </button>
        <button type="button" className="button button-quiet" onClick={keepMine}>
          Keep mine
        </button>
        <button type="button" className="button button-quiet" onClick={dismiss}>
          Use theirs
        </button>
      </div>
      {comparing && (
        <ConflictDialog
          notice={notice}
          onCancel={() => setComparing(false)}
          onResolve={(changes) => {
            dismiss();
            if (changes) update.mutate({ annotation: notice.current, changes });
          }}
        />
      )}
    </div>
  );
}

function excerpt(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
