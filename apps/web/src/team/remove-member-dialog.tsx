import { useId } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { Modal } from "../components/modal.tsx";
import { useRemoveMember, type MemberView } from "./use-members.ts";

interface RemoveMemberDialogProps {
  member: MemberView;
  workspaceName: string;
  isSelf: boolean;
  onRemoved: (member: MemberView) => void;
  onClose: () => void;
}

/** Asks before removing a member; the API's own words explain a refusal (the last admin stays). */
export function RemoveMemberDialog({ member, workspaceName, isSelf, onRemoved, onClose }: RemoveMemberDialogProps) {
  const titleId = useId();
  const remove = useRemoveMember();
  const busy = remove.isPending;
  // The confirm button is never disabled: focus stays on it while the request runs, inside the dialog.
  const confirm = () => {
    if (!busy) remove.mutate(member.id, { onSuccess: () => onRemoved(member) });
  };

  return (
    <Modal labelledBy={titleId} onClose={busy ? () => {} : onClose} className="team-dialog">
      <header className="modal-header">
        <h2 id={titleId}>{isSelf ? `Leave ${workspaceName}?` : `Remove ${member.name}?`}</h2>
      </header>
      <div className="modal-body">
        <p>
          {isSelf
            ? `You will lose access to ${workspaceName} at once.`
            : `${member.name} (${member.email}) will lose access to ${workspaceName} at once, on every device and API token.`}{" "}
          Their annotations, comments and reviews stay.
        </p>
        {remove.isError && <ErrorAlert error={remove.error} apiMessageFor={["last_admin", "not_found"]} />}
      </div>
      <footer className="modal-footer">
        <div className="modal-actions">
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm} aria-disabled={busy || undefined}>
            {busy ? "Removing…" : isSelf ? "Leave workspace" : "Remove"}
          </button>
        </div>
      </footer>
    </Modal>
  );
}
