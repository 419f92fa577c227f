import type { WorkspaceAbilities } from "@verbatim/contract";
import { useId, type MouseEvent } from "react";
import { NavLink } from "react-router";
import { InboxNavLink } from "../discussion/inbox-nav-link.tsx";
import { PlacingNavLink } from "../placing/placing-nav-link.tsx";
import { useDisclosure } from "./use-disclosure.ts";

/**
 * The signed-in pages open to the member, as the API's abilities say (reviewing, managing members). Where the
 * banner has no room for them on one row (layout.css), they fold into a Menu button that drops them down.
 */
export function AppNav({ abilities }: { abilities: WorkspaceAbilities }) {
  const { open, setOpen, rootRef, toggleRef, onKeyDown, onBlur } = useDisclosure();
  const navId = useId();
  // Following a link closes the menu; the page changes under it.
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest("a")) setOpen(false);
  };
  return (
    <div className={open ? "nav-menu is-open" : "nav-menu"} ref={rootRef} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={toggleRef}
        type="button"
        className="nav-menu-toggle"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpen((o) => !o)}
      >
        Menu
        <span className="workspace-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <nav id={navId} className="app-nav" aria-label="Main" onClick={onClick}>
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
            <PlacingNavLink />
          </li>
          <li>
            <NavLink to="/codebook">Codebook</NavLink>
          </li>
          <li>
            <NavLink to="/registry">Registry</NavLink>
          </li>
          <li>
            <NavLink to="/analysis">Analysis</NavLink>
          </li>
          <li>
            <NavLink to="/activity">Activity</NavLink>
          </li>
          <li>
            <InboxNavLink />
          </li>
          <li>
            <NavLink to="/assigned">Assigned to me</NavLink>
          </li>
          {abilities.manageMembers && (
            <li>
              <NavLink to="/members">Members</NavLink>
            </li>
          )}
          {abilities.restoreStatements && (
            <li>
              <NavLink to="/deleted">Deleted statements</NavLink>
            </li>
          )}
        </ul>
      </nav>
    </div>
  );
}
