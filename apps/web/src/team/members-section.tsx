import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../components/error-alert.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { errorMessage } from "../lib/error-message.ts";
import type { Me } from "../queries/use-me.ts";
import { MemberRow } from "./member-row.tsx";
import { RemoveMemberDialog } from "./remove-member-dialog.tsx";
import { withArticle } from "./roles.ts";
import { useMembers, type MemberView } from "./use-members.ts";

type Notice = { kind: "status" | "error"; text: string } | null;

/** The members table, with a live line that says what each change did. */
export function MembersSection({ me }: { me: Me }) {
  const members = useMembers();
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const queryClient = useQueryClient();
  // A change to one's own membership changes what the API lets one do, with every object: all is read again
  // (the session's abilities, and the verdicts sent with annotations, comments and statements).
  const refreshSelf = (m: MemberView) => {
    if (m.id === me.user.id) void queryClient.invalidateQueries();
  };

  const onSaved = (m: MemberView) => {
    setNotice({ kind: "status", text: `${m.name} is now ${withArticle(m.role)}.` });
    refreshSelf(m);
  };
  const onFailed = (m: MemberView, error: unknown) =>
    setNotice({ kind: "error", text: `${m.name}’s role was not changed. ${errorMessage(error, ["last_admin", "not_found"])}` });
  const onRemoved = (m: MemberView) => {
    setRemoving(null);
    setNotice({ kind: "status", text: `${m.name} was removed from ${me.workspace.name}.` });
    refreshSelf(m);
  };

  return (
    <section className="team-section" aria-labelledby="members-heading">
      <h2 id="members-heading">People in {me.workspace.name}</h2>
      {members.isPending && <LoadingState label="Loading members…" />}
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && (
        <div className="team-table-wrap">
          <table className="team-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <MemberRow
                  key={m.id}
                  member={m}
                  isSelf={m.id === me.user.id}
                  onSaved={onSaved}
                  onFailed={onFailed}
                  onRemove={(who) => {
                    setNotice(null);
                    setRemoving(who);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className={notice?.kind === "error" ? "team-notice team-notice-error" : "team-notice"} role="status" aria-live="polite">
        {notice?.text}
      </p>
      {removing && (
        <RemoveMemberDialog
          member={removing}
          workspaceName={me.workspace.name}
          isSelf={removing.id === me.user.id}
          onRemoved={onRemoved}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}
