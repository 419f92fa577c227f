import type { WorkspaceAbilities } from "@verbatim/contract";
import { NavLink } from "react-router";
import { InboxNavLink } from "../discussion/inbox-nav-link.tsx";

/** The signed-in pages open to the member, as the API's abilities say (reviewing, managing members). */
export function AppNav({ abilities }: { abilities: WorkspaceAbilities }) {
  return (
    <nav className="app-nav" aria-label="Main">
      <ul>
        <li>
          <NavLink to="/" end>
            Library
          </NavLink>
        </li>
        {abilities.review && (
          <li>
            <NavLink to="/review">Review queue</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/activity">Activity</NavLink>
        </li>
        <li>
          <InboxNavLink />
        </li>
        {abilities.manageMembers && (
          <li>
            <NavLink to="/members">Members</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
