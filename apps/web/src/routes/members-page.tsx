import { useSession } from "../components/session-context.ts";
import { InvitationsSection } from "../team/invitations-section.tsx";
import { InviteForm } from "../team/invite-form.tsx";
import { MembersSection } from "../team/members-section.tsx";

/** Members and invitations of the workspace, for those the API lets manage them (admins); others learn who does. */
export function MembersPage() {
  const me = useSession();
  if (!me.abilities.manageMembers) {
    return (
      <section className="team-page" aria-labelledby="members-title">
        <h1 id="members-title">Members</h1>
        <p className="team-intro">Only admins manage members. Ask an admin of {me.workspace.name} to change a role or invite someone.</p>
      </section>
    );
  }
  return (
    <div className="team-page">
      <h1>Members</h1>
      <MembersSection me={me} />
      <InviteForm />
      <InvitationsSection />
    </div>
  );
}
