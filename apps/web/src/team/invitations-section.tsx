import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { errorMessage } from "../lib/error-message.ts";
import { formatDateTime, invitationFate, STATUS_LABELS } from "./invitation-text.ts";
import { ROLE_LABELS } from "./roles.ts";
import { useInvitations, useRevokeInvitation, type InvitationView } from "./use-invitations.ts";

/** Every invitation made in the workspace, newest first; pending ones can be revoked. */
export function InvitationsSection() {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [notice, setNotice] = useState("");

  const revokeOne = (i: InvitationView) =>
    revoke.mutate(i.id, {
      onSuccess: () => setNotice(`The invitation ${describe(i)} was revoked: its link no longer works.`),
      onError: (e) => setNotice(`The invitation ${describe(i)} was not revoked. ${errorMessage(e, ["invitation_unusable"])}`),
    });

  return (
    <section className="team-section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      {invitations.isPending && <LoadingState label="Loading invitations…" />}
      {invitations.isError && <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.items.length === 0 && <p className="team-intro">No invitations yet.</p>}
      {invitations.data && invitations.data.items.length > 0 && (
        <div className="team-table-wrap">
          <table className="team-table">
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((i) => (
                <tr key={i.id}>
                  <th scope="row" className={i.note ? "invitation-note" : "invitation-note invitation-no-note"}>
                    {i.note ?? "No note"}
                  </th>
                  <td>{ROLE_LABELS[i.role]}</td>
                  <td>
                    <span className={`invitation-status invitation-status-${i.status}`}>{STATUS_LABELS[i.status]}</span>
                    <span className="invitation-fate">{invitationFate(i)}</span>
                  </td>
                  <td>
                    {formatDateTime(i.createdAt)}
                    <span className="invitation-fate">by {i.createdBy.name}</span>
                  </td>
                  <td className="member-actions">
                    {i.status === "pending" && (
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={revoke.isPending && revoke.variables === i.id}
                        aria-label={`Revoke the invitation ${describe(i)}`}
                        onClick={() => revokeOne(i)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="team-notice" role="status" aria-live="polite">
        {notice}
      </p>
    </section>
  );
}

const describe = (i: InvitationView) => (i.note ? `for ${i.note}` : `as ${ROLE_LABELS[i.role].toLowerCase()}`);
