import { useState } from "react";
import { AssignDialog, type AssignTarget } from "./assign-dialog.tsx";

/**
 * "Assign…" for the statements given (none: disabled, with a hint), and what it did, said politely. The caller
 * shows it only when `me.abilities.assign` says so.
 */
export function AssignButton({ statements, label = "Assign…" }: { statements: AssignTarget[]; label?: string }) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");
  const none = statements.length === 0;
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setOpen(true)}
        disabled={none}
        title={none ? "Select statements to assign" : undefined}
      >
        {label}
      </button>
      <span className="assign-status" role="status">
        {message}
      </span>
      {open && (
        <AssignDialog
          statements={statements}
          onClose={() => setOpen(false)}
          onDone={(m) => {
            setOpen(false);
            setMessage(m);
          }}
        />
      )}
    </>
  );
}
