import { useState } from "react";
import type { Code } from "../queries/codebook-query.ts";
import { CodePicker } from "./code-picker.tsx";
import { EditCodeForm } from "./edit-code-form.tsx";
import { SplitDialog } from "./split-dialog.tsx";
import { useDeleteCode, useMergeCode, useUpdateCode } from "./use-codebook-mutations.ts";

interface CodeActionsProps {
  code: Code;
  codes: readonly Code[];
  onRename: () => void;
  /** After a merge or delete the code is gone: the page selects another. */
  onGone: (next: string | null) => void;
}

type Open = "none" | "edit" | "merge" | "delete" | "split";

/** What a reviewer or admin may do to a code; each change comes back with Undo in a notice. */
export function CodeActions({ code, codes, onRename, onGone }: CodeActionsProps) {
  const [open, setOpen] = useState<Open>("none");
  const update = useUpdateCode();
  const merge = useMergeCode();
  const remove = useDeleteCode();
  const sameType = codes.filter((c) => c.type === code.type);
  const close = () => setOpen("none");
  const toggle = (what: Open) => setOpen((o) => (o === what ? "none" : what));
  const setStatus = (status: Code["status"], verb: string) => update.mutate({ code, changes: { status }, verb });

  return (
    <div className="code-actions">
      <div className="code-action-bar" role="group" aria-label={`Actions on ${code.name}`}>
        <button type="button" className="button button-secondary" onClick={onRename}>
          Rename
        </button>
        <button type="button" className="button button-secondary" aria-expanded={open === "edit"} onClick={() => toggle("edit")}>
          Edit
        </button>
        {code.status === "new" && (
          <button type="button" className="button button-secondary" onClick={() => setStatus("active", "Approved")}>
            Approve
          </button>
        )}
        {code.status === "deprecated" ? (
          <button type="button" className="button button-secondary" onClick={() => setStatus("active", "Reactivated")}>
            Reactivate
          </button>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setStatus("deprecated", "Deprecated")}>
            Deprecate
          </button>
        )}
        <button type="button" className="button button-secondary" aria-expanded={open === "merge"} onClick={() => toggle("merge")}>
          Merge into…
        </button>
        <button type="button" className="button button-secondary" disabled={code.uses === 0} onClick={() => setOpen("split")}>
          Split…
        </button>
        <button type="button" className="button button-danger" aria-expanded={open === "delete"} onClick={() => toggle("delete")}>
          Delete
        </button>
      </div>
      {open === "edit" && <EditCodeForm code={code} codes={codes} onDone={close} />}
      {open === "merge" && (
        <div className="code-action-panel">
          <CodePicker
            label={`Merge ‘${code.name}’ into`}
            hint={`Its annotations take the chosen ${code.type}, and ‘${code.name}’ is removed.`}
            codes={sameType}
            exclude={new Set([code.id])}
            onChoose={(into) => merge.mutate({ code, into }, { onSuccess: () => onGone(into.id) })}
          />
        </div>
      )}
      {open === "delete" && (
        <div className="code-action-panel code-confirm" role="group" aria-label="Confirm deletion">
          <p>
            Delete ‘{code.name}’? {code.uses > 0 ? `The ${code.uses} annotations that carry it lose it.` : "No annotation carries it."} You
            can undo this.
          </p>
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate(code, { onSuccess: () => onGone(null) })}
          >
            Delete
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            Cancel
          </button>
        </div>
      )}
      {open === "split" && <SplitDialog code={code} codes={sameType} onClose={close} />}
    </div>
  );
}
