import { useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { AuthShell } from "../components/auth-shell.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { useMe } from "../queries/use-me.ts";
import { formatDateTime } from "../team/invitation-text.ts";
import { InvitationProblem } from "../team/invitation-problem.tsx";
import { JoinPanel } from "../team/join-panel.tsx";
import { withArticle } from "../team/roles.ts";
import { invitationQuery, useInvitationPreview } from "../team/use-invitation-link.ts";

/** `/invite/:token`: who invites you where, and a way to join, signed in or not. */
export function InvitationPage() {
  const { token = "" } = useParams();
  const preview = useInvitationPreview(token);
  const me = useMe();
  const queryClient = useQueryClient();

  if (preview.isPending || me.isPending) {
    return (
      <AuthShell title="Invitation">
        <LoadingState label="Opening the invitation…" />
      </AuthShell>
    );
  }
  if (preview.isError) {
    return (
      <AuthShell title="Invitation">
        <InvitationProblem error={preview.error} onRetry={() => void preview.refetch()} />
      </AuthShell>
    );
  }
  const { workspace, role, invitedBy, expiresAt } = preview.data;
  const intro = (
    <>
      <p>
        {invitedBy.name} invites you to join <strong>{workspace.name}</strong> as {withArticle(role)}.
      </p>
      <p className="field-hint">The link works until {formatDateTime(expiresAt)}.</p>
    </>
  );
  return (
    <AuthShell title={`Join ${workspace.name}`} intro={intro}>
      <JoinPanel
        token={token}
        workspaceName={workspace.name}
        me={me.data ?? null}
        onUnusable={() => void queryClient.invalidateQueries({ queryKey: invitationQuery(token).queryKey })}
      />
    </AuthShell>
  );
}
