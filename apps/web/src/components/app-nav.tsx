import type { Role } from "@verbatim/core";
import { NavLink } from "react-router";
import { InboxNavLink } from "../discussion/inbox-nav-link.tsx";
import { roleAtLeast } from "../team/roles.ts";

/** The signed-in pages a member's role opens to them. */
export function AppNav({ role }: { role: Role }) {
  const atLeast = (minimum: Role) => roleAtLeast(role, minimum);
  return (
    <nav className="app-nav" aria-label="Main">
      <ul>
        <li>
          <NavLink to="/" end>
            Library
          </NavLink>
        </li>
        {atLeast("reviewer") && (
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
        {atLeast("admin") && (
          <li>
            <NavLink to="/members">Members</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
